"""The data stages: AOI photos in, a leak-free orientation dataset out.

``naming`` parses the AOI file names, ``images`` opens photos safely, ``safenames`` makes names safe
as files and folders, ``ingest`` looks every photo up and copies it into the run (the manifest),
``orientation`` asks and keeps the engineer's answers, ``dataset`` splits and rotates the photos.
"""
