; Inno Setup script (6.3 or later) of HOAM Trainer: installs the PyInstaller onedir bundle
; "dist\HOAM Trainer" built by `pyinstaller build_installer.spec` (see docs/windows_build.md).
; Compile from the repository root:  ISCC installer\hoam_trainer.iss
; Output: dist\HOAM-Trainer-<version>-setup.exe
;
; Per-user install by default (no admin rights: %LOCALAPPDATA%\Programs\HOAM Trainer); the
; user may choose "for all users" (admin: Program Files). User data (runs, task store, logs,
; settings) live in the per-user data folder %LOCALAPPDATA%\HOAM Trainer, never in the install
; folder; the uninstaller removes only what it installed, so the user's runs stay.

#define AppName "HOAM Trainer"
#define AppExe "HOAM Trainer.exe"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define BundleDir "..\dist\HOAM Trainer"

[Setup]
AppId={{D56CC94F-B5C2-4497-AAD3-92ADFF4AAA0B}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=HOAM
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=HOAM-Trainer-{#AppVersion}-setup
SetupIconFile=..\build\build_installer\hoam.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the previous version's libraries instead of leaving stale ones beside them.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller deletes the files it installed and nothing else, so the
; runs, logs and settings in %LOCALAPPDATA%\HOAM Trainer are kept.

[CustomMessages]
DataFolderClash=The installation folder must not be the HOAM Trainer data folder (%1), nor contain it or lie inside it: runs and settings are kept there. Please choose another folder.

[Code]
{ The install folder and the per-user data folder must stay apart (the data outlive the program). }
function NextButtonClick(CurPageID: Integer): Boolean;
var
  Dir, Data: String;
begin
  Result := True;
  if CurPageID = wpSelectDir then
  begin
    Dir := AddBackslash(Uppercase(WizardDirValue));
    Data := AddBackslash(Uppercase(ExpandConstant('{localappdata}\{#AppName}')));
    if (Pos(Data, Dir) = 1) or (Pos(Dir, Data) = 1) then
    begin
      MsgBox(FmtMessage(CustomMessage('DataFolderClash'), [ExpandConstant('{localappdata}\{#AppName}')]),
             mbError, MB_OK);
      Result := False;
    end;
  end;
end;
