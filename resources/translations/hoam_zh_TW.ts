<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>CurvesView</name>
    <message>
        <source>ArcFace loss</source>
        <translation>ArcFace 損失</translation>
    </message>
    <message>
        <source>triplet loss</source>
        <translation>三元組損失</translation>
    </message>
    <message>
        <source>center loss</source>
        <translation>中心損失</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>Training loss (mean per epoch)</source>
        <translation>訓練損失（每輪平均）</translation>
    </message>
    <message>
        <source>Validation (per epoch)</source>
        <translation>驗證（每輪）</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>訓練損失</translation>
    </message>
    <message>
        <source>how far photos lie from their label, by angle</source>
        <translation>照片與其標籤相距多遠（以角度計）</translation>
    </message>
    <message>
        <source>how large the training steps are (right axis)</source>
        <translation>每一步訓練調整的幅度（右側座標軸）</translation>
    </message>
    <message>
        <source>how tightly the photos of a label cluster</source>
        <translation>同一標籤的照片聚得多緊</translation>
    </message>
    <message>
        <source>how well all photos of the right label rank first (1 is perfect)</source>
        <translation>正確標籤的所有照片是否都排在最前面（1 為完美）</translation>
    </message>
    <message>
        <source>loss (lower is better)</source>
        <translation>損失（越低越好）</translation>
    </message>
    <message>
        <source>recall@1: share of val photos whose nearest match has the right label</source>
        <translation>recall@1：驗證照片中，最相近的照片標籤正確的比例</translation>
    </message>
    <message>
        <source>score (higher is better)</source>
        <translation>分數（越高越好）</translation>
    </message>
    <message>
        <source>share of the closest matches that have the right label</source>
        <translation>最相近的幾張照片中標籤正確的比例</translation>
    </message>
    <message>
        <source>total loss (lower is better)</source>
        <translation>總損失（越低越好）</translation>
    </message>
    <message>
        <source>what training minimises: the terms below added up</source>
        <translation>訓練要降低的值：下列各項的總和</translation>
    </message>
    <message>
        <source>whether each photo is nearer to photos of its own label than to others</source>
        <translation>每張照片是否更接近同標籤的照片，而非其他標籤</translation>
    </message>
</context>
<context>
    <name>GoldenView</name>
    <message>
        <source>Class or label</source>
        <translation>類別或標籤</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>依類別</translation>
    </message>
    <message>
        <source>Per label</source>
        <translation>依標籤</translation>
    </message>
    <message>
        <source>{orientation}, as on the line</source>
        <translation>{orientation}（產線上的方向）</translation>
    </message>
    <message>
        <source>{name}, turned {degrees}°</source>
        <translation>{name}，旋轉 {degrees}°</translation>
    </message>
    <message>
        <source>The golden sample of class {name} in each orientation: the photo of it the line compares with, chosen as the most typical of its training photos</source>
        <translation>類別 {name} 在各方向的黃金樣本：產線拿來比對的照片，選自其訓練照片中最典型的一張</translation>
    </message>
    <message>
        <source>The golden sample of every class in each orientation</source>
        <translation>每個類別在各方向的黃金樣本</translation>
    </message>
    <message>
        <source>The most typical training photos labelled {name}</source>
        <translation>標籤為 {name} 的最典型訓練照片</translation>
    </message>
    <message>
        <source>The most typical training photos of every label</source>
        <translation>每個標籤最典型的訓練照片</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>1. New run</source>
        <translation>1. 新訓練</translation>
    </message>
    <message>
        <source>2. Orientation</source>
        <translation>2. 方向</translation>
    </message>
    <message>
        <source>3. Training</source>
        <translation>3. 訓練</translation>
    </message>
    <message>
        <source>4. Results</source>
        <translation>4. 結果</translation>
    </message>
    <message>
        <source>5. Try the model and deploy</source>
        <translation>5. 試用模型並部署</translation>
    </message>
    <message>
        <source>Choose the input folder (with OK and NG sub-folders of AOI photos), the database and the site and line the photos come from. Test connection tells how many of the photos the database knows there. Pick a training profile and press Start run.</source>
        <translation>選擇輸入資料夾（內含 AOI 照片的 OK 與 NG 子資料夾）、資料庫，以及照片來源的廠區與產線。「測試連線」會告訴您資料庫在該處認得多少張照片。選擇訓練設定檔後按「開始訓練」。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>For each class of photos, say which way the part faces (arrow keys or the buttons), whether it looks the same turned 180°, or leave the class out. Space shows the photos large. You can answer later: the run waits, also over a restart.</source>
        <translation>為每一類照片指出元件朝向（方向鍵或按鈕）、旋轉 180° 後是否看起來相同，或將該類別排除。按空白鍵可放大檢視照片。也可以稍後再回答：訓練會等待，重新啟動後也一樣。</translation>
    </message>
    <message>
        <source>From a folder of AOI photos to a checked, deployable model. Each step has a tab of its own; the app goes to the next one by itself.</source>
        <translation>從一個 AOI 照片資料夾，到經過檢驗、可部署的模型。每個步驟都有自己的分頁；程式會自動前往下一步。</translation>
    </message>
    <message>
        <source>Guide: a run in five steps</source>
        <translation>使用指南：五個步驟完成一次訓練</translation>
    </message>
    <message>
        <source>Log files for support: {folder}</source>
        <translation>提供給技術支援的記錄檔：{folder}</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>開啟記錄檔資料夾</translation>
    </message>
    <message>
        <source>Progress shows each stage and the time left; Curves shows the training: the losses should fall, the validation scores rise. Cancel stops at the next safe point; History resumes the run.</source>
        <translation>「進度」顯示各階段與剩餘時間；「曲線」顯示訓練情形：損失應下降，驗證分數應上升。「取消」會在下一個安全點停止；可從「歷史紀錄」繼續訓練。</translation>
    </message>
    <message>
        <source>Try the model on new photos. The run folder&apos;s export/ holds the module for the line: model, thresholds and golden images.</source>
        <translation>用新照片試用模型。訓練資料夾中的 export/ 內含給產線用的模組：模型、門檻值與黃金樣本影像。</translation>
    </message>
    <message>
        <source>What the check would have decided on the validation photos: good parts flagged (false rejects), defects passed (false accepts), per class; the golden samples and the photos worth a look.</source>
        <translation>檢查在驗證照片上會做出的判定：被誤判為不良的良品（誤判為不良）、被放行的不良品（誤判為良品），依類別列出；另有黃金樣本與值得檢視的照片。</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Run</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>廠區</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>產線</translation>
    </message>
    <message>
        <source>Input folder</source>
        <translation>輸入資料夾</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>顯示資料夾</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移至資源回收筒</translation>
    </message>
    <message>
        <source>Runs in {folder}</source>
        <translation>{folder} 中的訓練</translation>
    </message>
    <message>
        <source>Move run to trash</source>
        <translation>將訓練移至資源回收筒</translation>
    </message>
    <message>
        <source>Move {name} and everything in it to the trash?</source>
        <translation>要將 {name} 及其所有內容移至資源回收筒嗎？</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>未移動</translation>
    </message>
    <message>
        <source>{name} is being worked on by another window or hoam-trainer; it was left alone. Stop that run first.</source>
        <translation>{name} 正由另一個視窗或 hoam-trainer 處理中，因此未做任何變更。請先停止該訓練。</translation>
    </message>
    <message>
        <source>{path} is not a run folder inside {runs}; it was left alone.</source>
        <translation>{path} 不是 {runs} 中的訓練資料夾，因此未做任何變更。</translation>
    </message>
    <message>
        <source>{path} could not be moved to the trash (no trash on this drive?); it was left alone. Delete it in the file manager if you no longer need it.</source>
        <translation>無法將 {path} 移至資源回收筒（此磁碟可能沒有資源回收筒），因此未做任何變更。如不再需要，請在檔案總管中刪除。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Result on the validation photos</source>
        <translation>驗證照片上的結果</translation>
    </message>
    <message>
        <source>false accepts {rate}</source>
        <translation>誤判為良品 {rate}</translation>
    </message>
    <message>
        <source>fit for the line</source>
        <translation>可上線使用</translation>
    </message>
    <message>
        <source>not fit for the line</source>
        <translation>不宜上線使用</translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <source>Click or press Esc to close</source>
        <translation>按一下或按 Esc 關閉</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HOAM Trainer</source>
        <translation>HOAM Trainer</translation>
    </message>
    <message>
        <source>New run</source>
        <translation>新訓練</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>曲線</translation>
    </message>
    <message>
        <source>Golden samples</source>
        <translation>黃金樣本</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Try the model</source>
        <translation>試用模型</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷史紀錄</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About HOAM Trainer</source>
        <translation>關於 HOAM Trainer(&amp;A)</translation>
    </message>
    <message>
        <source>A run is active</source>
        <translation>有訓練正在執行</translation>
    </message>
    <message>
        <source>Wait for the active run to finish or cancel it first.</source>
        <translation>請等待目前的訓練完成，或先取消它。</translation>
    </message>
    <message>
        <source>Cannot create the run folder</source>
        <translation>無法建立訓練資料夾</translation>
    </message>
    <message>
        <source>Cannot start the run</source>
        <translation>無法開始訓練</translation>
    </message>
    <message>
        <source>Run {name} completed.</source>
        <translation>訓練 {name} 已完成。</translation>
    </message>
    <message>
        <source>Run {name} waits for orientation answers: resume it from History when you are ready.</source>
        <translation>訓練 {name} 正在等待方向確認：準備好後請從「歷史紀錄」繼續。</translation>
    </message>
    <message>
        <source>Run {name} stopped; resume it from History.</source>
        <translation>訓練 {name} 已停止，可從「歷史紀錄」繼續。</translation>
    </message>
    <message>
        <source>Run {name} was cancelled.</source>
        <translation>訓練 {name} 已取消。</translation>
    </message>
    <message>
        <source>Run {name} failed: {message}</source>
        <translation>訓練 {name} 失敗：{message}</translation>
    </message>
    <message>
        <source>Stop run {name}? What is done so far stays in its folder, and the run can be resumed from History.</source>
        <translation>要停止訓練 {name} 嗎？已完成的部分會保留在其資料夾中，之後可從「歷史紀錄」繼續。</translation>
    </message>
    <message>
        <source>Stopping at the next safe point…</source>
        <translation>將在下一個安全點停止…</translation>
    </message>
    <message>
        <source>About HOAM Trainer</source>
        <translation>關於 HOAM Trainer</translation>
    </message>
    <message>
        <source>HOAM Trainer {version}

Trains and evaluates image-retrieval models that check the orientation and polarity of SMT components from AOI photos.</source>
        <translation>HOAM Trainer {version}

以 AOI 影像訓練並評估影像檢索模型，用於檢查 SMT 元件的方向與極性。</translation>
    </message>
    <message>
        <source>Stop run {name} and close? It can be resumed from History later.</source>
        <translation>要停止訓練 {name} 並關閉嗎？之後可從「歷史紀錄」繼續。</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>停止並關閉</translation>
    </message>
    <message>
        <source>&amp;Guide: a run in five steps</source>
        <translation>使用指南：五個步驟(&amp;G)</translation>
    </message>
    <message>
        <source>A run waits for your answers</source>
        <translation>有訓練正在等待您的回答</translation>
    </message>
    <message>
        <source>Answer now</source>
        <translation>現在回答</translation>
    </message>
    <message>
        <source>HOAM Trainer closed unexpectedly last time. What happened is saved in
{trace}

Please send this file and gui.log from the same folder to your support contact. Runs that were active can be resumed from History.</source>
        <translation>HOAM Trainer 上次意外關閉。當時的情形已儲存在
{trace}

請將此檔案與同一資料夾中的 gui.log 寄給您的技術支援人員。當時進行中的訓練可從「歷史紀錄」繼續。</translation>
    </message>
    <message>
        <source>Keep training</source>
        <translation>繼續訓練</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>開啟記錄檔資料夾(&amp;L)</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>開啟記錄檔資料夾</translation>
    </message>
    <message>
        <source>Other runs that wait: {n}; History lists them.</source>
        <translation>其他等待中的訓練：{n} 個；列在「歷史紀錄」中。</translation>
    </message>
    <message>
        <source>Run {name} waits for your orientation answers. Answer them now to go on with it?</source>
        <translation>訓練 {name} 正在等待您確認方向。要現在回答並繼續嗎？</translation>
    </message>
    <message>
        <source>Stop training</source>
        <translation>停止訓練</translation>
    </message>
    <message>
        <source>Stop training?</source>
        <translation>要停止訓練嗎？</translation>
    </message>
    <message>
        <source>The last session ended in a crash</source>
        <translation>上次執行時程式當機</translation>
    </message>
</context>
<context>
    <name>NewRunView</name>
    <message>
        <source>Input folder</source>
        <translation>輸入資料夾</translation>
    </message>
    <message>
        <source>Folder with OK/ and NG/ sub-folders of AOI images</source>
        <translation>含有 OK/ 與 NG/ 子資料夾的 AOI 影像資料夾</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>A site from database_configs.json, or a URL such as sqlite:///path/file.sqlite or postgresql://user@host:5432/db</source>
        <translation>database_configs.json 中的廠區，或如 sqlite:///path/file.sqlite、postgresql://user@host:5432/db 的 URL</translation>
    </message>
    <message>
        <source>SQLite file…</source>
        <translation>SQLite 檔案…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>測試連線</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>廠區</translation>
    </message>
    <message>
        <source>e.g. HPH (the site column of the metadata table)</source>
        <translation>例如 HPH（資料表中的 site 欄位）</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>產線</translation>
    </message>
    <message>
        <source>e.g. V31</source>
        <translation>例如 V31</translation>
    </message>
    <message>
        <source>Training profile</source>
        <translation>訓練設定檔</translation>
    </message>
    <message>
        <source>Advanced training settings</source>
        <translation>進階訓練設定</translation>
    </message>
    <message>
        <source>Start run</source>
        <translation>開始訓練</translation>
    </message>
    <message>
        <source>Choose the input folder</source>
        <translation>選擇輸入資料夾</translation>
    </message>
    <message>
        <source>Counting images…</source>
        <translation>正在計算影像數量…</translation>
    </message>
    <message>
        <source>OK images: {ok}   NG images: {ng}   names that do not parse: {bad}</source>
        <translation>OK 影像：{ok}   NG 影像：{ng}   無法解析的檔名：{bad}</translation>
    </message>
    <message>
        <source>other files: {n}</source>
        <translation>其他檔案：{n}</translation>
    </message>
    <message>
        <source>Choose an SQLite metadata database</source>
        <translation>選擇 SQLite 資料庫</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite 資料庫 (*.sqlite *.sqlite3 *.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>連線中…</translation>
    </message>
    <message>
        <source>Connected; the metadata table and its columns are there.</source>
        <translation>已連線；資料表及其欄位皆存在。</translation>
    </message>
    <message>
        <source>Server not reachable</source>
        <translation>無法連上伺服器</translation>
    </message>
    <message>
        <source>SSH tunnel failed</source>
        <translation>SSH 通道建立失敗</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>登入遭拒</translation>
    </message>
    <message>
        <source>Table or column missing</source>
        <translation>缺少資料表或欄位</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>逾時</translation>
    </message>
    <message>
        <source>Configuration problem</source>
        <translation>設定有誤</translation>
    </message>
    <message>
        <source>Query failed</source>
        <translation>查詢失敗</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>檢查中…</translation>
    </message>
    <message>
        <source>Settings are valid.</source>
        <translation>設定有效。</translation>
    </message>
    <message>
        <source>Connected, but the database knows none of the {photos} photos of this input for site {site}, line {line}.</source>
        <translation>已連線，但在廠區 {site}、產線 {line} 下，資料庫不認得此輸入的 {photos} 張照片中的任何一張。</translation>
    </message>
    <message>
        <source>Connected. The database knows {known} of the {photos} photos of this input for site {site}, line {line}.</source>
        <translation>已連線。在廠區 {site}、產線 {line} 下，資料庫認得此輸入 {photos} 張照片中的 {known} 張。</translation>
    </message>
    <message>
        <source>Give the site and the line to check the photos of this input.</source>
        <translation>請填入廠區與產線，以檢查此輸入的照片。</translation>
    </message>
    <message>
        <source>It has no photo of this input at all. Its sites and lines: {places}.</source>
        <translation>資料庫完全沒有此輸入的照片。其中的廠區與產線：{places}。</translation>
    </message>
    <message>
        <source>It has them under (site / line, photos of a sample): {places}. Check the site and the line.</source>
        <translation>這些照片在資料庫中位於（廠區 / 產線，抽樣照片數）：{places}。請檢查廠區與產線。</translation>
    </message>
    <message>
        <source>Its metadata table is empty.</source>
        <translation>其中繼資料表是空的。</translation>
    </message>
    <message>
        <source>The other {missing} will be left out of the run (reason: not in the database).</source>
        <translation>其餘 {missing} 張將不納入此次訓練（原因：不在資料庫中）。</translation>
    </message>
</context>
<context>
    <name>OrientationDialog</name>
    <message>
        <source>Which way does each part face?</source>
        <translation>每個元件朝向哪個方向？</translation>
    </message>
    <message>
        <source>Look at the samples of each class and choose the way the part faces (where its polarity mark points). Every image of a class shows the part the same way round.</source>
        <translation>請查看每個類別的樣本，選擇元件的朝向（極性標記所指的方向）。同一類別的所有影像中，元件的擺放方向都相同。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Answer later</source>
        <translation>稍後再答</translation>
    </message>
    <message>
        <source>Close; the run waits for the answers and can be resumed from History, also after restarting the app</source>
        <translation>關閉；訓練會等待您的回答，之後可從「歷史紀錄」繼續，重新啟動程式後也可以。</translation>
    </message>
    <message>
        <source>{done} of {total} classes answered</source>
        <translation>已回答 {done} / {total} 個類別</translation>
    </message>
    <message>
        <source>Keyboard: arrow keys answer the highlighted class and go to the next; Tab moves on without answering; X excludes the class; S toggles &quot;looks the same turned 180°&quot;; Space shows the photos large (or click one); M shows more samples.</source>
        <translation>鍵盤：方向鍵回答目前標示的類別並前往下一個；Tab 不回答直接前往下一個；X 排除該類別；S 切換「旋轉 180° 後看起來相同」；空白鍵放大顯示照片（或點選照片）；M 顯示更多樣本。</translation>
    </message>
</context>
<context>
    <name>OrientationRow</name>
    <message>
        <source>{cls}  ({count} images)</source>
        <translation>{cls}  （{count} 張影像）</translation>
    </message>
    <message>
        <source>More samples</source>
        <translation>更多樣本</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Leave this class out of the training (X)</source>
        <translation>此類別不參與訓練 (X)</translation>
    </message>
    <message>
        <source>Looks the same turned 180°</source>
        <translation>旋轉 180° 後看起來相同</translation>
    </message>
    <message>
        <source>For parts such as resistors that look the same upside down (S)</source>
        <translation>適用於電阻等上下顛倒看起來一樣的元件（S）</translation>
    </message>
    <message>
        <source>Show more photos of this class (M)</source>
        <translation>顯示此類別的更多照片（M）</translation>
    </message>
    <message>
        <source>The first photo turned as your answer says: this is what the model learns as Up for this class</source>
        <translation>依您的回答轉正後的第一張照片：模型會把它當作此類別的「上」來學習</translation>
    </message>
    <message>
        <source>Up for this class, once answered</source>
        <translation>回答後在此顯示此類別的「上」</translation>
    </message>
    <message>
        <source>left out of the training</source>
        <translation>不納入訓練</translation>
    </message>
    <message>
        <source>↑ Up for this class</source>
        <translation>↑ 此類別的「上」</translation>
    </message>
    <message>
        <source>↑ Up for this class (the same as ↓ Down)</source>
        <translation>↑ 此類別的「上」（與 ↓ 下 相同）</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>This photo cannot be read.</source>
        <translation>無法讀取這張照片。</translation>
    </message>
    <message>
        <source>{name}  ({n} of {total})</source>
        <translation>{name}（第 {n} 張，共 {total} 張）</translation>
    </message>
    <message>
        <source>← → other samples · Space, Enter or Esc closes</source>
        <translation>← → 其他樣本 · 空白鍵、Enter 或 Esc 關閉</translation>
    </message>
</context>
<context>
    <name>PlotsPage</name>
    <message>
        <source>Click the plot to see it full size</source>
        <translation>按一下圖表可看原尺寸</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Cancel run</source>
        <translation>取消訓練</translation>
    </message>
    <message>
        <source>Open run folder</source>
        <translation>開啟訓練資料夾</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>No run yet: start one on the New run tab or resume one from History.</source>
        <translation>尚無訓練：請在「新訓練」分頁開始，或從「歷史紀錄」繼續。</translation>
    </message>
    <message>
        <source>Run {name}: {status}</source>
        <translation>訓練 {name}：{status}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Started {name}</source>
        <translation>已開始 {name}</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>錯誤：</translation>
    </message>
    <message>
        <source>epoch {n}</source>
        <translation>第 {n} 輪</translation>
    </message>
    <message>
        <source>{s} per epoch</source>
        <translation>每輪 {s}</translation>
    </message>
    <message>
        <source>about {s} left</source>
        <translation>約剩 {s}</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>已開啟 {name}</translation>
    </message>
    <message>
        <source>run</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>waiting for your answers</source>
        <translation>等待您的回答</translation>
    </message>
    <message>
        <source>{done} of {total} classes answered</source>
        <translation>已回答 {done} / {total} 個類別</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>On the validation photos</source>
        <translation>在驗證照片上</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>Details: the whole report as the file holds it</source>
        <translation>詳細資料：檔案中的完整報告</translation>
    </message>
    <message>
        <source>Labels the check gives</source>
        <translation>檢查給出的標籤</translation>
    </message>
    <message>
        <source>Left-out files ({n})</source>
        <translation>未採用的檔案（{n}）</translation>
    </message>
    <message>
        <source>Rows: the true label of each validation photo; columns: the label the check gives it (the orientation vote of the nearest good photos, then the part check of its class). Green: right, red: wrong. Click a cell to see its photos.</source>
        <translation>列：每張驗證照片的真實標籤；欄：檢查給它的標籤（先由最相近的良品照片投票決定方向，再做其類別的元件檢查）。綠色：正確，紅色：錯誤。按一下儲存格可看其中的照片。</translation>
    </message>
    <message>
        <source>Click a cell of the table to see its photos here.</source>
        <translation>按一下表格中的儲存格，即可在此看到其中的照片。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Why it was left out</source>
        <translation>未採用的原因</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the input were left out of the training:</source>
        <translation>
            <numerusform>輸入中有 %n 個檔案未用於訓練：</numerusform>
        </translation>
    </message>
    <message>
        <source>Every file of the input was used.</source>
        <translation>輸入的每個檔案都已採用。</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) whose true label is {true} and the check says {said}:</source>
        <translation>
            <numerusform>真實標籤為 {true}、檢查判為 {said} 的照片共 %n 張：</numerusform>
        </translation>
    </message>
    <message>
        <source>NG photo</source>
        <translation>NG 照片</translation>
    </message>
    <message>
        <source>{name}, turned {degrees}°</source>
        <translation>{name}，旋轉 {degrees}°</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>圖表</translation>
    </message>
    <message numerus="yes">
        <source>This run has %n warning(s):</source>
        <translation>
            <numerusform>此次訓練有 %n 則警告：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Open a run from History to see its results.</source>
        <translation>請從「歷史紀錄」開啟一次訓練以查看結果。</translation>
    </message>
    <message>
        <source>Not available for run {name} yet: it appears when the run has been evaluated.</source>
        <translation>訓練 {name} 尚無此內容：完成評估後才會顯示。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Default training profile</source>
        <translation>預設訓練設定檔</translation>
    </message>
    <message>
        <source>Database passwords</source>
        <translation>資料庫密碼</translation>
    </message>
    <message>
        <source>Passwords are kept in the operating system&apos;s keyring (Windows Credential Manager, macOS Keychain, Secret Service), never in files.</source>
        <translation>密碼保存在作業系統的金鑰圈中（Windows 認證管理員、macOS 鑰匙圈、Secret Service），絕不寫入檔案。</translation>
    </message>
    <message>
        <source>Database of {site}: {user}</source>
        <translation>{site} 的資料庫：{user}</translation>
    </message>
    <message>
        <source>SSH jump host of {site}: {user}</source>
        <translation>{site} 的 SSH 跳板主機：{user}</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>新密碼</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>No site in database_configs.json needs a password.</source>
        <translation>database_configs.json 中沒有需要密碼的廠區。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Type the password first.</source>
        <translation>請先輸入密碼。</translation>
    </message>
    <message>
        <source>Stored in the keyring.</source>
        <translation>已儲存至金鑰圈。</translation>
    </message>
    <message>
        <source>Removed from the keyring.</source>
        <translation>已從金鑰圈刪除。</translation>
    </message>
</context>
<context>
    <name>Thumb</name>
    <message>
        <source>unreadable</source>
        <translation>無法讀取</translation>
    </message>
</context>
<context>
    <name>TrainingSettings</name>
    <message>
        <source>Allowed</source>
        <translation>允許的值</translation>
    </message>
    <message>
        <source>Back to the profile&apos;s values</source>
        <translation>恢復設定檔的值</translation>
    </message>
    <message>
        <source>Loading the settings of the profile…</source>
        <translation>正在載入設定檔的設定…</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>The settings cannot be shown: {error}</source>
        <translation>無法顯示這些設定：{error}</translation>
    </message>
    <message>
        <source>Type a value to change it for this run; changed values are marked. The profile itself stays as it is.</source>
        <translation>輸入數值即可只為此次訓練變更；已變更的值會標示出來。設定檔本身維持不變。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整數</translation>
    </message>
    <message>
        <source>one of: {choices}</source>
        <translation>下列之一：{choices}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>{kind} from {low} to {high}</source>
        <translation>{kind}，{low} 到 {high}</translation>
    </message>
    <message>
        <source>{kind}, at least {low}</source>
        <translation>{kind}，至少 {low}</translation>
    </message>
</context>
<context>
    <name>TryView</name>
    <message>
        <source>Choose images…</source>
        <translation>選擇影像…</translation>
    </message>
    <message>
        <source>Open a run whose evaluation has finished (History) to try its model</source>
        <translation>請先（從「歷史紀錄」）開啟已完成評估的訓練，才能試用其模型</translation>
    </message>
    <message>
        <source>Open a run from History, then drop component photos here: its model says OK or NG for each.</source>
        <translation>從「歷史紀錄」開啟一次訓練，再把元件照片拖放到這裡：其模型會為每張照片判定 OK 或 NG。</translation>
    </message>
    <message>
        <source>The model of run {name} is not ready yet: it can be tried once the run has been evaluated.</source>
        <translation>訓練 {name} 的模型尚未就緒：評估完成後即可試用。</translation>
    </message>
    <message>
        <source>Drop component photos here or choose them: the model of run {name} says OK or NG for each, as the line would.</source>
        <translation>把元件照片拖放到這裡或選擇照片：訓練 {name} 的模型會像產線一樣為每張照片判定 OK 或 NG。</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s): {ok} OK, {ng} NG, {none} without a verdict</source>
        <translation>
            <numerusform>%n 張照片：{ok} 張 OK、{ng} 張 NG、{none} 張無判定</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose component images</source>
        <translation>選擇元件影像</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>影像 (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>Checking {n} photos…</source>
        <translation>正在檢查 {n} 張照片…</translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation>檢查失敗：{error}</translation>
    </message>
</context>
<context>
    <name>VerdictCard</name>
    <message>
        <source>The line would pass this part</source>
        <translation>產線會放行此元件</translation>
    </message>
    <message>
        <source>The line would reject this part</source>
        <translation>產線會剔除此元件</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>無判定</translation>
    </message>
    <message>
        <source>Class {cls}: expects {expected}, found {found}</source>
        <translation>類別 {cls}：應為{expected}，實為{found}</translation>
    </message>
    <message>
        <source>Found {found}; the class is unknown, so the line cannot judge it</source>
        <translation>判讀為{found}；類別不明，產線無法判定</translation>
    </message>
    <message>
        <source>No verdict: {problem}</source>
        <translation>無判定：{problem}</translation>
    </message>
    <message>
        <source>OK: the class&apos;s part, facing the right way</source>
        <translation>OK：是此類別的元件，方向正確</translation>
    </message>
    <message>
        <source>it looks like the part of class {cls}</source>
        <translation>看起來像類別 {cls} 的元件</translation>
    </message>
    <message>
        <source>it looks like a known NG photo</source>
        <translation>看起來像已知的 NG 照片</translation>
    </message>
    <message>
        <source>a place of it is unlike every good photo</source>
        <translation>有一處與所有良品照片都不像</translation>
    </message>
    <message>
        <source>NG: {why}</source>
        <translation>NG：{why}</translation>
    </message>
    <message>
        <source>the part check rejects it</source>
        <translation>元件檢查判為不良</translation>
    </message>
    <message>
        <source>NG: turned the wrong way</source>
        <translation>NG：方向錯誤</translation>
    </message>
    <message>
        <source>likeness to the NG photos {value} (NG above 0)</source>
        <translation>與 NG 照片的相似度 {value}（大於 0 為 NG）</translation>
    </message>
    <message>
        <source>no NG photos to compare with</source>
        <translation>沒有可比對的 NG 照片</translation>
    </message>
    <message>
        <source>unlike the good photos {value} (NG above {limit})</source>
        <translation>與良品照片的差異 {value}（大於 {limit} 為 NG）</translation>
    </message>
    <message>
        <source>unlike the good photos {value} (not used for this class)</source>
        <translation>與良品照片的差異 {value}（此類別不採用）</translation>
    </message>
    <message>
        <source>Part check: {figures}</source>
        <translation>元件檢查：{figures}</translation>
    </message>
    <message>
        <source>Orientation: likeness to the nearest good photo {score}</source>
        <translation>方向：與最相近良品照片的相似度 {score}</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>需要密碼</translation>
    </message>
    <message>
        <source>Store it in Settings to avoid this question next time.</source>
        <translation>可在「設定」中儲存密碼，下次就不會再詢問。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unexpected error</source>
        <translation>未預期的錯誤</translation>
    </message>
    <message>
        <source>{error}

The details are in {log}.</source>
        <translation>{error}

詳細資訊記錄在 {log}。</translation>
    </message>
    <message>
        <source>HOAM Trainer cannot start</source>
        <translation>HOAM Trainer 無法啟動</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Run cancelled</source>
        <translation>訓練已取消</translation>
    </message>
    <message>
        <source>Run failed: {error}</source>
        <translation>訓練失敗：{error}</translation>
    </message>
    <message>
        <source>Ingesting {total} files from {folder}</source>
        <translation>正在讀取 {folder} 中的 {total} 個檔案</translation>
    </message>
    <message>
        <source>{done}/{total} files</source>
        <translation>{done}/{total} 個檔案</translation>
    </message>
    <message>
        <source>Ingest: {ok} OK images in {class_count} classes and {ng} NG; {left_out} left out ({reasons_text}); see {manifest}</source>
        <translation>讀取完成：{ok} 張 OK 影像，分屬 {class_count} 個類別，另有 {ng} 張 NG；略過 {left_out} 個檔案（{reasons_text}）；詳見 {manifest}</translation>
    </message>
    <message>
        <source>{apart} of {ng} NG photos were taken on days with no OK photo (NG: {ng_days}; OK: {ok_days}). The model may learn what those days looked like (lighting, camera, board batch) instead of the defect, and flag good parts as NG. Add OK photos taken on the same days as the NG photos</source>
        <translation>{ng} 張 NG 照片中有 {apart} 張拍攝於沒有任何 OK 照片的日子（NG：{ng_days}；OK：{ok_days}）。模型可能學到的是那幾天的樣子（光線、相機、電路板批次），而不是缺陷本身，因而把良品判為 NG。請加入與 NG 照片同一天拍攝的 OK 照片</translation>
    </message>
    <message>
        <source>The SSH jump host {host} was new: its {key_type} key {fingerprint} is trusted from now on (recorded in {file}). If IT did not set up this server just now, check the fingerprint with them</source>
        <translation>SSH 跳板主機 {host} 是第一次連線：從現在起信任它的 {key_type} 金鑰 {fingerprint}（記錄於 {file}）。如果 IT 並非剛剛才架設這台伺服器，請向他們核對指紋</translation>
    </message>
    <message>
        <source>Waiting for the orientation of {count} classes</source>
        <translation>等待確認 {count} 個類別的方向</translation>
    </message>
    <message>
        <source>Building the dataset from {total} photos</source>
        <translation>正在以 {total} 張照片建立資料集</translation>
    </message>
    <message>
        <source>{done}/{total} photos</source>
        <translation>{done}/{total} 張照片</translation>
    </message>
    <message>
        <source>Dataset: train {train}, val {val} images; mean {mean}, std {std}</source>
        <translation>資料集：訓練 {train} 張、驗證 {val} 張影像；平均值 {mean}，標準差 {std}</translation>
    </message>
    <message>
        <source>{count} class(es) have no validation photo (a single photo each): {classes}</source>
        <translation>{count} 個類別沒有驗證照片（每個類別只有一張照片）：{classes}</translation>
    </message>
    <message>
        <source>Left out {file}: {reason}</source>
        <translation>已略過 {file}：{reason}</translation>
    </message>
    <message>
        <source>Label {label} has no validation images: its scores cannot be measured</source>
        <translation>標籤 {label} 沒有驗證影像：無法量測它的分數</translation>
    </message>
    <message>
        <source>Training {architecture} on {backbone} ({image_size} px, {train_images} train / {val_images} val images, {class_count} classes, {accelerator}, {precision})</source>
        <translation>正在以 {backbone} 訓練 {architecture}（{image_size} px，訓練 {train_images} 張／驗證 {val_images} 張影像，{class_count} 個類別，{accelerator}，{precision}）</translation>
    </message>
    <message>
        <source>epoch {epoch}/{max_epochs}</source>
        <translation>第 {epoch}/{max_epochs} 輪</translation>
    </message>
    <message>
        <source>Best model: epoch {epoch}, val {monitor} {score:.4f} -&gt; {path}</source>
        <translation>最佳模型：第 {epoch} 輪，驗證 {monitor} {score:.4f} -&gt; {path}</translation>
    </message>
    <message>
        <source>Evaluating the model on {val_images} validation images</source>
        <translation>正在以 {val_images} 張驗證影像評估模型</translation>
    </message>
    <message>
        <source>embedding dataset images: {done}/{total}</source>
        <translation>正在計算資料集影像的特徵向量：{done}/{total}</translation>
    </message>
    <message>
        <source>Left out of the evaluation: {file}</source>
        <translation>未納入評估：{file}</translation>
    </message>
    <message>
        <source>Class {cls} has no training photo: it is left out of the module</source>
        <translation>類別 {cls} 沒有訓練照片：不會放入部署模組</translation>
    </message>
    <message>
        <source>exporting the deployable module</source>
        <translation>正在匯出部署模組</translation>
    </message>
    <message>
        <source>Evaluating {total} labelled photos from {folder}</source>
        <translation>正在評估 {folder} 中的 {total} 張已標註照片</translation>
    </message>
    <message>
        <source>Evaluation of {folder}: accuracy {accuracy:.4f}, false accepts {false_accept_rate:.4f}, false rejects {false_reject_rate:.4f}</source>
        <translation>{folder} 的評估：準確率 {accuracy:.4f}，誤判為良品 {false_accept_rate:.4f}，誤判為不良 {false_reject_rate:.4f}</translation>
    </message>
    <message>
        <source>Predicting {total} photos</source>
        <translation>正在預測 {total} 張照片</translation>
    </message>
    <message>
        <source>embedding photos: {done}/{total}</source>
        <translation>正在計算照片的特徵向量：{done}/{total}</translation>
    </message>
    <message>
        <source>No site and line id known: the photos&apos; classes cannot be looked up, so their rows have no class, expected orientation or golden similarity (give --site and --line)</source>
        <translation>不知道廠區與產線代號：無法查出照片的類別，因此這些列沒有類別、預期方向與黃金樣本相似度（請提供 --site 與 --line）</translation>
    </message>
    <message>
        <source>The metadata database cannot be used ({error}): the photos&apos; classes are not looked up, so their rows have no class, expected orientation or golden similarity; their labels are given all the same</source>
        <translation>無法使用資料庫（{error}）：未查出照片的類別，因此這些列沒有類別、預期方向與黃金樣本相似度；標籤仍照常判定</translation>
    </message>
    <message>
        <source>calibrating the part checks</source>
        <translation>正在校準元件檢查</translation>
    </message>
    <message>
        <source>Class {cls} has fewer than 2 readable good photos: its photos are checked for orientation only, not for wrong or damaged parts. Add good photos of it</source>
        <translation>類別 {cls} 可讀取的良品照片不到 2 張：其照片只檢查方向，不檢查錯件或損壞。請加入此類別的良品照片</translation>
    </message>
    <message>
        <source>Class {cls} has no NG photos: a wrong or missing part there is caught only when it looks unlike every good photo, which this run could not test. Add NG photos of it</source>
        <translation>類別 {cls} 沒有 NG 照片：該處的錯件或缺件只有在與所有良品照片都不像時才會被抓到，而此次訓練無法驗證這點。請加入此類別的 NG 照片</translation>
    </message>
    <message>
        <source>Class {cls}: {passed} of its {ng} NG photos look like its good parts to the part check. Check those photos, or add more good and NG photos of it</source>
        <translation>類別 {cls}：在元件檢查看來，其 {ng} 張 NG 照片中有 {passed} 張像良品。請檢查這些照片，或加入更多此類別的良品與 NG 照片</translation>
    </message>
    <message>
        <source>checking the validation photos</source>
        <translation>正在檢查驗證照片</translation>
    </message>
    <message>
        <source>Class {cls} misses the targets on the validation photos: {passed} of {non_matching} photos to reject passed, {flagged} of {matching} good parts flagged. Add {add_text} of it, then train again</source>
        <translation>類別 {cls} 在驗證照片上未達目標：{non_matching} 張應剔除的照片中有 {passed} 張被放行，{matching} 個良品中有 {flagged} 個被判為不良。請加入此類別的{add_text}後重新訓練</translation>
    </message>
    <message>
        <source>Fit for the line: on the validation photos false accepts {far:.2%} (target at most {max_far:.2%}), false rejects {frr:.2%} (target at most {max_frr:.2%})</source>
        <translation>可上線使用：在驗證照片上，誤判為良品 {far:.2%}（目標最多 {max_far:.2%}），誤判為不良 {frr:.2%}（目標最多 {max_frr:.2%}）</translation>
    </message>
    <message>
        <source>Trained, but NOT fit for the line: on the validation photos false accepts {far:.2%} (target at most {max_far:.2%}), false rejects {frr:.2%} (target at most {max_frr:.2%}); classes that miss: {classes}</source>
        <translation>已完成訓練，但「不宜」上線使用：在驗證照片上，誤判為良品 {far:.2%}（目標最多 {max_far:.2%}），誤判為不良 {frr:.2%}（目標最多 {max_frr:.2%}）；未達目標的類別：{classes}</translation>
    </message>
    <message>
        <source>Evaluation: precision@1 {precision_at_1:.4f}, MAP@R {map_at_r:.4f}; {suspects} suspects; ONNX max abs diff {onnx_max_abs_diff:.2e}</source>
        <translation>評估：首位命中率 precision@1 {precision_at_1:.4f}，平均精確度 MAP@R {map_at_r:.4f}；{suspects} 張可疑影像；ONNX 最大絕對誤差 {onnx_max_abs_diff:.2e}</translation>
    </message>
    <message>
        <source>On the validation photos the check would have labelled {label_accuracy:.1%} right, passed {false_accepts} of {non_matching} photos the line must reject and flagged {false_rejects} of {matching} good parts (at 95% confidence at most {false_accept_upper_95:.4f} and {false_reject_upper_95:.4f} with this many photos)</source>
        <translation>在驗證照片上，檢查會標對 {label_accuracy:.1%}，在 {non_matching} 張產線必須剔除的照片中放行 {false_accepts} 張，並把 {matching} 個良品中的 {false_rejects} 個判為不良（以這樣的照片數量，95% 信賴度下最多 {false_accept_upper_95:.4f} 與 {false_reject_upper_95:.4f}）</translation>
    </message>
    <message>
        <source>checking the parts</source>
        <translation>正在檢查元件</translation>
    </message>
    <message>
        <source>input folder {folder} does not exist or is not a folder</source>
        <translation>輸入資料夾 {folder} 不存在或不是資料夾</translation>
    </message>
    <message>
        <source>no OK folder in {folder}: put the images the line judged good in {ok} (and bad ones in {ng})</source>
        <translation>{folder} 中沒有 OK 資料夾：請將產線判定為良品的影像放在 {ok}（不良品放在 {ng}）</translation>
    </message>
    <message>
        <source>the output folder {out} is the input folder {folder}: the runs would be read as input. Choose an output folder outside {ok} and {ng}</source>
        <translation>輸出資料夾 {out} 就是輸入資料夾 {folder}：訓練結果會被當成輸入讀取。請選擇 {ok} 和 {ng} 以外的輸出資料夾</translation>
    </message>
    <message>
        <source>no files under {ok} or {ng}: nothing to train on</source>
        <translation>{ok} 和 {ng} 中都沒有檔案：沒有可訓練的資料</translation>
    </message>
    <message>
        <source>no usable OK image in {ok}: see {manifest} for why each file was left out</source>
        <translation>{ok} 中沒有可用的 OK 影像：各檔案被排除的原因請見 {manifest}</translation>
    </message>
    <message>
        <source>unknown database site {site!r}; the sites in database_configs.json are: {known}. Give one of them or a URL such as sqlite:///path/to/file.sqlite or postgresql://user@host:5432/database</source>
        <translation>未知的資料庫站點 {site!r}；database_configs.json 中的站點有：{known}。請指定其中之一，或提供 URL，例如 sqlite:///path/to/file.sqlite 或 postgresql://user@host:5432/database</translation>
    </message>
    <message>
        <source>{db} is not a database URL; use sqlite:///path/to/file.sqlite or postgresql://user@host:5432/database</source>
        <translation>{db} 不是資料庫 URL；請使用 sqlite:///path/to/file.sqlite 或 postgresql://user@host:5432/database</translation>
    </message>
    <message>
        <source>{db}: remove the password from the URL (it would end up in logs and the shell history); set {env} or store it in the OS keyring (Settings), or type it when asked</source>
        <translation>{db}：請從 URL 中移除密碼（否則會留在日誌和 shell 歷史紀錄中）；請設定 {env}、將密碼存入作業系統金鑰圈（設定），或在提示時輸入</translation>
    </message>
    <message>
        <source>SQLite database {path} does not exist; check &apos;path&apos; in database_configs.json or the --db URL</source>
        <translation>SQLite 資料庫 {path} 不存在；請檢查 database_configs.json 中的 &apos;path&apos; 或 --db URL</translation>
    </message>
    <message>
        <source>{where}: the name {host!r} cannot be resolved; check ssh.host in database_configs.json and the network (VPN, DNS)</source>
        <translation>{where}：無法解析名稱 {host!r}；請檢查 database_configs.json 中的 ssh.host 以及網路（VPN、DNS）</translation>
    </message>
    <message>
        <source>{where} did not answer within {seconds} s (database.connect_timeout_s); check the network, VPN and firewall</source>
        <translation>{where} 在 {seconds} 秒內沒有回應（database.connect_timeout_s）；請檢查網路、VPN 和防火牆</translation>
    </message>
    <message>
        <source>{where} refused the connection ({why}); check ssh.host and ssh.port in database_configs.json and that sshd runs there</source>
        <translation>{where} 拒絕連線（{why}）；請檢查 database_configs.json 中的 ssh.host 和 ssh.port，並確認該主機上的 sshd 正在執行</translation>
    </message>
    <message>
        <source>{where}: no password for SSH user {user!r}; set ssh.key_file in database_configs.json, or {env}, or store it in the OS keyring (Settings)</source>
        <translation>{where}：SSH 使用者 {user!r} 沒有密碼；請在 database_configs.json 中設定 ssh.key_file，或設定 {env}，或將密碼存入作業系統金鑰圈（設定）</translation>
    </message>
    <message>
        <source>{where} refused the login of user {user!r} with {how}; check ssh.user and ssh.key_file in database_configs.json (the public key must be in the user&apos;s authorized_keys there) or {env}</source>
        <translation>{where} 拒絕了使用者 {user!r} 以 {how} 登入；請檢查 database_configs.json 中的 ssh.user 和 ssh.key_file（公鑰必須位於該主機上此使用者的 authorized_keys 中）或 {env}</translation>
    </message>
    <message>
        <source>{where} refused the login of user {user!r} ({said}). Check the password ({env}, the OS keyring entry {entry}, or the prompt) and &apos;user&apos; in database_configs.json</source>
        <translation>{where} 拒絕了使用者 {user!r} 的登入（{said}）。請檢查密碼（{env}、作業系統金鑰圈項目 {entry} 或提示時輸入的密碼）以及 database_configs.json 中的 &apos;user&apos;</translation>
    </message>
    <message>
        <source>cannot reach {where} ({said}); check host and port in database_configs.json, that the server runs, and the network (VPN)</source>
        <translation>無法連線到 {where}（{said}）；請檢查 database_configs.json 中的 host 和 port、伺服器是否正在執行，以及網路（VPN）</translation>
    </message>
    <message>
        <source>{where} did not answer within {seconds} s (database.connect_timeout_s) ({said}); check the network and the server</source>
        <translation>{where} 在 {seconds} 秒內沒有回應（database.connect_timeout_s）（{said}）；請檢查網路和伺服器</translation>
    </message>
    <message>
        <source>{where}: {error}</source>
        <translation>{where}：{error}</translation>
    </message>
    <message>
        <source>{file}: cannot read ({error})</source>
        <translation>{file}：無法讀取（{error}）</translation>
    </message>
    <message>
        <source>{file}: not valid {kind}: {error}</source>
        <translation>{file}：不是有效的 {kind}：{error}</translation>
    </message>
    <message>
        <source>{file}: expected a mapping of keys to values at the top level</source>
        <translation>{file}：最上層應為鍵與值的對應（mapping）</translation>
    </message>
    <message>
        <source>{file}: &apos;profiles&apos; must map profile names to settings</source>
        <translation>{file}：&apos;profiles&apos; 必須將設定檔名稱對應到設定</translation>
    </message>
    <message>
        <source>{file}: unknown top-level key(s) {keys}; a profiles file has &apos;profile&apos; (the default) and &apos;profiles&apos;</source>
        <translation>{file}：未知的最上層鍵 {keys}；設定檔檔案只有 &apos;profile&apos;（預設值）與 &apos;profiles&apos;</translation>
    </message>
    <message>
        <source>{file}: unknown training profile {name}; available: {available}</source>
        <translation>{file}：未知的訓練設定檔 {name}；可用：{available}</translation>
    </message>
    <message>
        <source>{file}: profiles.{name} must be a mapping of settings</source>
        <translation>{file}：profiles.{name} 必須是設定的對應（mapping）</translation>
    </message>
    <message>
        <source>{file}: holds one config (profile {holds}), not profile {wanted}</source>
        <translation>{file}：只含一個設定（設定檔 {holds}），不是設定檔 {wanted}</translation>
    </message>
    <message>
        <source>host_key: {key} is not an SSH public key line; give one line as ssh-keyscan prints it, e.g. &apos;ssh-ed25519 AAAAC3Nz...&apos;, or leave it empty</source>
        <translation>host_key：{key} 不是 SSH 公鑰行；請填入 ssh-keyscan 輸出的一行，例如 &apos;ssh-ed25519 AAAAC3Nz...&apos;，或留空</translation>
    </message>
    <message>
        <source>engine sqlite needs &apos;path&apos;</source>
        <translation>engine sqlite 需要 &apos;path&apos;</translation>
    </message>
    <message>
        <source>engine postgresql needs {keys}</source>
        <translation>engine postgresql 需要 {keys}</translation>
    </message>
    <message>
        <source>{file}: {site}: passwords do not belong in config files; remove {keys} and store it in the OS keyring (Settings) or the HOAM_DB_PASSWORD environment variable</source>
        <translation>{file}：{site}：密碼不應寫在設定檔中；請移除 {keys}，並將密碼存入作業系統金鑰圈（設定）或 HOAM_DB_PASSWORD 環境變數</translation>
    </message>
    <message>
        <source>no space left on the disk holding {path} (mounted at {mount}, {free} MB free now); free some space there or choose another output folder, then resume the run</source>
        <translation>存放 {path} 的磁碟已無可用空間（掛載於 {mount}，目前剩餘 {free} MB）；請在該磁碟上騰出空間或選擇其他輸出資料夾，然後繼續此次訓練</translation>
    </message>
    <message>
        <source>cannot store the password: this machine has no OS keyring (Windows Credential Manager, macOS Keychain or a Secret Service such as GNOME Keyring). Set the {db_env} or {ssh_env} environment variable instead, or type the password when asked.</source>
        <translation>無法儲存密碼：這台電腦沒有作業系統金鑰圈（Windows 認證管理員、macOS 鑰匙圈或 GNOME Keyring 等 Secret Service）。請改為設定環境變數 {db_env} 或 {ssh_env}，或在詢問時輸入密碼。</translation>
    </message>
    <message>
        <source>cannot delete the password: this machine has no OS keyring (Windows Credential Manager, macOS Keychain or a Secret Service such as GNOME Keyring). Set the {db_env} or {ssh_env} environment variable instead, or type the password when asked.</source>
        <translation>無法刪除密碼：這台電腦沒有作業系統金鑰圈（Windows 認證管理員、macOS 鑰匙圈或 GNOME Keyring 等 Secret Service）。請改為設定環境變數 {db_env} 或 {ssh_env}，或在詢問時輸入密碼。</translation>
    </message>
    <message>
        <source>the OS keyring refused to store the password for {user} ({service}): {why}. Unlock the keyring and try again.</source>
        <translation>作業系統金鑰圈拒絕儲存 {user}（{service}）的密碼：{why}。請解鎖金鑰圈後再試一次。</translation>
    </message>
    <message>
        <source>the OS keyring refused to delete the password for {user} ({service}): {why}. Unlock the keyring and try again.</source>
        <translation>作業系統金鑰圈拒絕刪除 {user}（{service}）的密碼：{why}。請解鎖金鑰圈後再試一次。</translation>
    </message>
    <message>
        <source>{file}, profile {profile}, with the overrides</source>
        <translation>{file}（訓練設定檔 {profile}）加上覆寫設定</translation>
    </message>
    <message>
        <source>{where}: must not be empty</source>
        <translation>{where}：不可為空</translation>
    </message>
    <message>
        <source>{where}: expected a section (mapping), got {got}</source>
        <translation>{where}：應為區段（mapping），實際為 {got}</translation>
    </message>
    <message>
        <source>{where}: expected a list, got {value}</source>
        <translation>{where}：應為清單，實際為 {value}</translation>
    </message>
    <message>
        <source>{where}: expected a mapping, got {value}</source>
        <translation>{where}：應為對應（mapping），實際為 {value}</translation>
    </message>
    <message>
        <source>{where}: expected true or false, got {value}</source>
        <translation>{where}：應為 true 或 false，實際為 {value}</translation>
    </message>
    <message>
        <source>{where}: expected a whole number, got {value}</source>
        <translation>{where}：應為整數，實際為 {value}</translation>
    </message>
    <message>
        <source>{where}: expected a number, got {value}</source>
        <translation>{where}：應為數字，實際為 {value}</translation>
    </message>
    <message>
        <source>{where}: expected text, got {value}</source>
        <translation>{where}：應為文字，實際為 {value}</translation>
    </message>
    <message>
        <source>{where}: {value} is not allowed; use one of: {allowed}</source>
        <translation>{where}：不允許 {value}；請使用下列其中之一：{allowed}</translation>
    </message>
    <message>
        <source>{where}: {value} is below the minimum {lo}</source>
        <translation>{where}：{value} 低於最小值 {lo}</translation>
    </message>
    <message>
        <source>{where}: {value} is above the maximum {hi}</source>
        <translation>{where}：{value} 高於最大值 {hi}</translation>
    </message>
    <message>
        <source>{where}: unknown key(s) {keys}; allowed: {allowed}{hint}</source>
        <translation>{where}：未知的鍵 {keys}；允許的鍵：{allowed}{hint}</translation>
    </message>
    <message>
        <source>unknown key(s) {keys}; allowed: {allowed}{hint}</source>
        <translation>未知的鍵 {keys}；允許的鍵：{allowed}{hint}</translation>
    </message>
    <message>
        <source>; nest dotted keys (optim: {{epochs: 5}}, not optim.epochs: 5)</source>
        <translation>；含點的鍵請改用巢狀寫法（optim: {{epochs: 5}}，而非 optim.epochs: 5）</translation>
    </message>
    <message>
        <source>{where}: missing (required)</source>
        <translation>{where}：缺少此項（必填）</translation>
    </message>
    <message>
        <source>override {pair!r}: expected section.key=value</source>
        <translation>覆寫設定 {pair!r}：格式應為 section.key=value</translation>
    </message>
    <message>
        <source>image_size {size} must be a multiple of 32 (the backbone&apos;s stride), e.g. {below} or {above}</source>
        <translation>image_size {size} 必須是 32 的倍數（骨幹網路的步幅），例如 {below} 或 {above}</translation>
    </message>
    <message>
        <source>batch_size ({batch}) must be a multiple of m_per_class ({m}): use batch_size {sizes}, or m_per_class one of {ms}</source>
        <translation>batch_size（{batch}）必須是 m_per_class（{m}）的倍數：請將 batch_size 設為 {sizes}，或將 m_per_class 設為 {ms} 其中之一</translation>
    </message>
    <message>
        <source>branch_channels ({channels}) must be divisible by attention_heads ({heads})</source>
        <translation>branch_channels（{channels}）必須能被 attention_heads（{heads}）整除</translation>
    </message>
    <message>
        <source>backbone: {name} is not a timm model name; use e.g. tf_efficientnet_lite0 or efficientnetv2_rw_s</source>
        <translation>backbone：{name} 不是 timm 的模型名稱；請改用例如 tf_efficientnet_lite0 或 efficientnetv2_rw_s</translation>
    </message>
    <message>
        <source>model.pretrained: {file} does not exist or is not a file; point it at a .pth/.pt/.safetensors file with backbone weights, or use {packaged} or {none}</source>
        <translation>model.pretrained：{file} 不存在或不是檔案；請指向含有骨幹網路權重的 .pth/.pt/.safetensors 檔案，或改用 {packaged} 或 {none}</translation>
    </message>
    <message>
        <source>model.pretrained: {pretrained} needs a backbone whose weights come with HOAM Trainer ({backbones}), not {backbone}; set model.backbone to one of them, or model.pretrained to a weights file or {none}</source>
        <translation>model.pretrained：{pretrained} 需要 HOAM Trainer 隨附權重的骨幹網路（{backbones}），而不是 {backbone}；請把 model.backbone 設為其中之一，或把 model.pretrained 設為權重檔或 {none}</translation>
    </message>
    <message>
        <source>The ImageNet weights of {backbone} are missing (Python package {package} is not installed or incomplete); reinstall HOAM Trainer</source>
        <translation>找不到 {backbone} 的 ImageNet 權重（Python 套件 {package} 未安裝或不完整）；請重新安裝 HOAM Trainer</translation>
    </message>
    <message>
        <source>{file}: {found} tensors, the backbone has {expected}; the file does not hold this backbone&apos;s weights</source>
        <translation>{file}：有 {found} 個張量，骨幹網路有 {expected} 個；此檔案不是這個骨幹網路的權重</translation>
    </message>
    <message>
        <source>{file}: {source_key} has shape {found}, {key} of the backbone needs {expected}; the file does not hold this backbone&apos;s weights</source>
        <translation>{file}：{source_key} 的形狀是 {found}，骨幹網路的 {key} 需要 {expected}；此檔案不是這個骨幹網路的權重</translation>
    </message>
    <message>
        <source>margin: {margin} {unit} is 90 degrees or more; ArcFace margins are usually 0.5 radians (28.6 degrees)</source>
        <translation>margin：{margin} {unit} 已達 90 度或以上；ArcFace 的 margin 通常為 0.5 弧度（28.6 度）</translation>
    </message>
    <message>
        <source>Class {cls}: {count} of its good photos look unlike all the others ({files}); a wrong or missing part filed as good? Check them</source>
        <translation>類別 {cls}：有 {count} 張良品照片與其他照片都不像（{files}）；是否有錯件或缺件被歸為良品？請檢查這些照片</translation>
    </message>
    <message>
        <source>Class {cls} misses the targets on the validation photos: {passed} of {non_matching} photos to reject passed, {flagged} of {matching} good parts flagged. Add {add_text} of it, then train again; most of its mistakes take the part for itself turned 180 degrees: if it looks the same turned so, say so in the orientation dialog</source>
        <translation>類別 {cls} 在驗證照片上未達目標：{non_matching} 張應剔除的照片中有 {passed} 張被放行，{matching} 個良品中有 {flagged} 個被判為不良。請加入此類別的{add_text}後重新訓練；它的錯誤大多是把元件當成自己旋轉 180 度的樣子：若它旋轉 180 度後看起來一樣，請在方向對話框中註明</translation>
    </message>
    <message>
        <source>arcface_weight, triplet_weight and center_weight are all 0; give one a weight</source>
        <translation>arcface_weight、triplet_weight 與 center_weight 皆為 0；請至少為其中一項設定大於 0 的權重</translation>
    </message>
    <message>
        <source>waiting for orientation answers</source>
        <translation>等待方向確認</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>已由使用者取消</translation>
    </message>
    <message>
        <source>stopped after {stage}; resume to continue</source>
        <translation>已在 {stage} 之後停止；請繼續執行以完成</translation>
    </message>
    <message>
        <source>the training process ended unexpectedly (exit code {exit_code}); the run can be resumed from History</source>
        <translation>訓練程序意外結束（結束代碼 {exit_code}）；可從歷史紀錄繼續此訓練</translation>
    </message>
    <message>
        <source>no training images of an OK class: every class was excluded or is empty; answer at least one class with Up, Down, Left or Right</source>
        <translation>沒有任何 OK 類別的訓練影像：所有類別都已排除或沒有影像；請至少為一個類別回答上、下、左或右</translation>
    </message>
    <message>
        <source>no validation photo at all: a class gives some of its photos to validation only when it has 2 or more; add photos and start a new run</source>
        <translation>完全沒有驗證照片：類別須有 2 張以上照片，才會分出部分作為驗證；請加入照片後重新開始訓練</translation>
    </message>
    <message>
        <source>no readable training image: see the warnings above</source>
        <translation>沒有可讀取的訓練影像：請參閱上方的警告</translation>
    </message>
    <message>
        <source>no class has validation photos in its confirmed orientation: thresholds cannot be calibrated; raise dataset.val_fraction</source>
        <translation>沒有任何類別有符合其已確認方向的驗證照片：無法校準門檻；請調高 dataset.val_fraction</translation>
    </message>
    <message>
        <source>{folder}: {n} readable validation image(s); the model cannot be evaluated. Add photos, or raise dataset.val_fraction (e.g. to 0.3), and start a new run</source>
        <translation>{folder}：只有 {n} 張可讀取的驗證影像，無法評估模型。請加入照片，或提高 dataset.val_fraction（例如 0.3），再重新開始訓練</translation>
    </message>
    <message>
        <source>{folder} is already being worked on by another process (pid in {file}); wait for it or close that window</source>
        <translation>{folder} 正由另一個程序使用中（pid 記錄於 {file}）；請等待它完成，或關閉該視窗</translation>
    </message>
    <message>
        <source>cannot lock {folder}</source>
        <translation>無法鎖定 {folder}</translation>
    </message>
    <message>
        <source>{folder} is not a run folder (no state.json)</source>
        <translation>{folder} 不是訓練資料夾（沒有 state.json）</translation>
    </message>
    <message>
        <source>trainer.accelerator is gpu, but no CUDA GPU is usable here (no NVIDIA GPU, driver or CUDA build of PyTorch); use the cpu profile or trainer.accelerator: auto</source>
        <translation>trainer.accelerator 設為 gpu，但這台電腦沒有可用的 CUDA GPU（沒有 NVIDIA GPU、驅動程式或 CUDA 版 PyTorch）；請改用 cpu 訓練設定檔，或設定 trainer.accelerator: auto</translation>
    </message>
    <message>
        <source>{folder}: nothing to resume (no {file}); start a new training</source>
        <translation>{folder}：沒有可繼續的訓練（沒有 {file}）；請開始新的訓練</translation>
    </message>
    <message>
        <source>{file}: resuming needs the config the run started with; these differ: {keys}</source>
        <translation>{file}：繼續訓練需使用此次訓練開始時的設定；以下項目不同：{keys}</translation>
    </message>
    <message>
        <source>{folder}: already holds a training ({file}); resume it or train into another folder</source>
        <translation>{folder}：已有一次訓練（{file}）；請繼續該訓練，或改用其他資料夾進行訓練</translation>
    </message>
    <message>
        <source>{file}: refused: the checkpoint holds Python objects other than weights, which could run code when loaded; delete {folder} and train again</source>
        <translation>{file}：已拒絕載入：此檢查點含有權重以外的 Python 物件，載入時可能執行程式碼；請刪除 {folder} 後重新訓練</translation>
    </message>
    <message>
        <source>training ended without a validated epoch: no best model to save</source>
        <translation>訓練結束時沒有任何完成驗證的一輪：沒有可儲存的最佳模型</translation>
    </message>
    <message>
        <source>data.batch_size {batch} with data.m_per_class {m} needs {per_batch} classes per batch, but the dataset has {classes}. With m_per_class {m} use batch_size {sizes}; with batch_size {batch} use m_per_class {ms}</source>
        <translation>data.batch_size {batch} 搭配 data.m_per_class {m} 時，每個批次需要 {per_batch} 個類別，但資料集只有 {classes} 個。m_per_class 為 {m} 時請將 batch_size 設為 {sizes}；batch_size 為 {batch} 時請將 m_per_class 設為 {ms}</translation>
    </message>
    <message>
        <source>cannot hard-link {file} into {folder} ({error}); set ingest.link_mode to auto or copy (a hard link needs input and output on one drive)</source>
        <translation>無法將 {file} 以硬連結放入 {folder}（{error}）；請將 ingest.link_mode 設為 auto 或 copy（硬連結要求輸入與輸出位於同一個磁碟）</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
    </message>
    <message>
        <source>a link to a file that does not exist</source>
        <translation>連結指向不存在的檔案</translation>
    </message>
    <message>
        <source>file disappeared while reading</source>
        <translation>讀取時檔案已消失</translation>
    </message>
    <message>
        <source>no permission to read the file</source>
        <translation>沒有讀取此檔案的權限</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>空檔案（0 位元組）</translation>
    </message>
    <message>
        <source>not an image Pillow can read (corrupt header or wrong extension)</source>
        <translation>不是 Pillow 能讀取的影像（檔頭損毀或副檔名錯誤）</translation>
    </message>
    <message>
        <source>image is far too large (over {limit:,} pixels)</source>
        <translation>影像過大（超過 {limit:,} 像素）</translation>
    </message>
    <message>
        <source>cannot read: {error}</source>
        <translation>無法讀取：{error}</translation>
    </message>
    <message>
        <source>image is far too large ({width}x{height} pixels, limit {limit:,})</source>
        <translation>影像過大（{width}x{height} 像素，上限 {limit:,}）</translation>
    </message>
    <message>
        <source>image is only {width}x{height} pixels</source>
        <translation>影像只有 {width}x{height} 像素</translation>
    </message>
    <message>
        <source>an animation ({format}, {frames} frames), not one photo; save a single frame</source>
        <translation>是動畫（{format}，{frames} 個影格），不是單張照片；請只儲存單一影格</translation>
    </message>
    <message>
        <source>truncated or damaged image data</source>
        <translation>影像資料不完整或已損毀</translation>
    </message>
    <message>
        <source>cannot decode: {error}</source>
        <translation>無法解碼：{error}</translation>
    </message>
    <message>
        <source>the name holds bytes that are not UTF-8 text (copied from a system with another encoding?); rename the file</source>
        <translation>檔名含有不是 UTF-8 文字的位元組（是否從使用其他編碼的系統複製而來？）；請重新命名檔案</translation>
    </message>
    <message>
        <source>no file extension (expected .jpg, .jpeg, .png or .bmp)</source>
        <translation>沒有副檔名（應為 .jpg、.jpeg、.png 或 .bmp）</translation>
    </message>
    <message>
        <source>extension .{ext} is not an image type (jpg, jpeg, png, bmp)</source>
        <translation>副檔名 .{ext} 不是影像類型（jpg、jpeg、png、bmp）</translation>
    </message>
    <message>
        <source>more than one dot in the name</source>
        <translation>檔名中有不只一個點（.）</translation>
    </message>
    <message>
        <source>expected exactly one &apos;@&apos; between board and component</source>
        <translation>電路板與元件之間應恰好有一個 &apos;@&apos;</translation>
    </message>
    <message>
        <source>does not start with a 14-digit timestamp (YYYYmmddHHMMSS)</source>
        <translation>開頭不是 14 位數的時間戳記（YYYYmmddHHMMSS）</translation>
    </message>
    <message>
        <source>timestamp {timestamp} is not a real date and time</source>
        <translation>時間戳記 {timestamp} 不是有效的日期與時間</translation>
    </message>
    <message>
        <source>no board serial between timestamp and &apos;@&apos;</source>
        <translation>時間戳記與 &apos;@&apos; 之間沒有電路板序號</translation>
    </message>
    <message>
        <source>expected {{component}}_{{index}}_{{light}} after &apos;@&apos;</source>
        <translation>&apos;@&apos; 之後應為 {{component}}_{{index}}_{{light}}</translation>
    </message>
    <message>
        <source>light token {light} is empty or has characters other than letters, digits, &apos;-&apos;</source>
        <translation>光源代號 {light} 為空，或含有字母、數字、&apos;-&apos; 以外的字元</translation>
    </message>
    <message>
        <source>no numeric index before the light token (found {index})</source>
        <translation>光源代號前沒有數字編號（實際為 {index}）</translation>
    </message>
    <message>
        <source>empty component name</source>
        <translation>元件名稱為空</translation>
    </message>
    <message>
        <source>unreadable: {reason}</source>
        <translation>無法讀取：{reason}</translation>
    </message>
    <message>
        <source>class unknown: {reason}</source>
        <translation>類別不明：{reason}</translation>
    </message>
    <message>
        <source>class unknown: the metadata database cannot be used</source>
        <translation>類別不明：無法使用資料庫</translation>
    </message>
    <message>
        <source>class unknown: no product for {image_path} in the metadata database</source>
        <translation>類別不明：資料庫中沒有 {image_path} 的產品</translation>
    </message>
    <message>
        <source>class unknown: this model was not trained on component {component} ({light}) of product {product}</source>
        <translation>類別不明：此模型沒有訓練過產品 {product} 的元件 {component}（{light}）</translation>
    </message>
    <message>
        <source>{folder} is not a deployable module (no {file}); give a run folder whose evaluation finished, or its export/ folder</source>
        <translation>{folder} 不是部署模組（沒有 {file}）；請指定已完成評估的訓練資料夾，或其中的 export/ 資料夾</translation>
    </message>
    <message>
        <source>{file}: format {format} version {version} is not one this version reads ({ours} {our_version}); update HOAM Trainer</source>
        <translation>{file}：此版本無法讀取格式 {format} 的版本 {version}（此版本讀取 {ours} {our_version}）；請更新 HOAM Trainer</translation>
    </message>
    <message>
        <source>{file}: refused: the file holds Python objects other than weights, which could run code when loaded ({error}). Only load models from HOAM Trainer or people you trust.</source>
        <translation>{file}：已拒絕載入：此檔案含有權重以外的 Python 物件，載入時可能執行程式碼（{error}）。請只載入出自 HOAM Trainer 或可信任人士的模型。</translation>
    </message>
    <message>
        <source>{file}: cannot read the model file ({error})</source>
        <translation>{file}：無法讀取模型檔（{error}）</translation>
    </message>
    <message>
        <source>{file}: not a HOAM Trainer model bundle (best_model.pt); an older tool&apos;s plain state_dict loads with hoam_core.models.load_legacy_state_dict</source>
        <translation>{file}：不是 HOAM Trainer 的模型套件（best_model.pt）；舊版工具產生的純 state_dict 可用 hoam_core.models.load_legacy_state_dict 載入</translation>
    </message>
    <message>
        <source>{file}: written by a newer HOAM Trainer (format {version}); update</source>
        <translation>{file}：由較新版的 HOAM Trainer 寫入（格式 {version}）；請更新</translation>
    </message>
    <message>
        <source>{folder}: its part checks were made with another check network ({made}; this installation has {ours}); train the model again with this version</source>
        <translation>{folder}：其元件檢查是用另一個檢查網路建立的（{made}；此安裝為 {ours}）；請用此版本重新訓練模型</translation>
    </message>
    <message>
        <source>{file}: the weights do not fit the model it describes ({error})</source>
        <translation>{file}：權重與檔案所描述的模型不符（{error}）</translation>
    </message>
    <message>
        <source>Password for {user} ({service}):</source>
        <translation>{user}（{service}）的密碼：</translation>
    </message>
    <message>
        <source>{file}: cannot read backbone weights ({error}); expected a .pth/.pt/.safetensors file holding a state_dict</source>
        <translation>{file}：無法讀取骨幹網路權重（{error}）；應為含有 state_dict 的 .pth/.pt/.safetensors 檔案</translation>
    </message>
    <message>
        <source>{file}: weights do not fit timm backbone {backbone}: {problems}. Use a state_dict saved from that timm model (the full model or its features_only backbone).</source>
        <translation>{file}：權重與 timm 骨幹網路 {backbone} 不符：{problems}。請使用從該 timm 模型儲存的 state_dict（完整模型或其 features_only 骨幹網路）。</translation>
    </message>
    <message>
        <source>SQLite database {path}</source>
        <translation>SQLite 資料庫 {path}</translation>
    </message>
    <message>
        <source>PostgreSQL server {host}:{port} (database {database!r})</source>
        <translation>PostgreSQL 伺服器 {host}:{port}（資料庫 {database!r}）</translation>
    </message>
    <message>
        <source>PostgreSQL server {host}:{port} (database {database!r}) through SSH jump host {ssh_host}:{ssh_port}</source>
        <translation>經由 SSH 跳板主機 {ssh_host}:{ssh_port} 連線的 PostgreSQL 伺服器 {host}:{port}（資料庫 {database!r}）</translation>
    </message>
    <message>
        <source>SSH jump host {host}:{port}</source>
        <translation>SSH 跳板主機 {host}:{port}</translation>
    </message>
    <message>
        <source>model.frozen_blocks: backbone {name} has no stem and blocks to keep (only EfficientNet-style backbones have); set it to 0</source>
        <translation>model.frozen_blocks：骨幹網路 {name} 沒有可保留的 stem 與 blocks（只有 EfficientNet 類的骨幹網路有）；請設為 0</translation>
    </message>
    <message>
        <source>user {user!r} may not read table {table!r} on {where} ({said}); ask the database administrator to GRANT SELECT on it</source>
        <translation>使用者 {user!r} 無權讀取 {where} 上的資料表 {table!r}（{said}）；請聯絡資料庫管理員對該資料表執行 GRANT SELECT</translation>
    </message>
    <message>
        <source>{file}: this training started on other classes than its dataset holds now ({classes}), so it cannot be resumed (a run of an earlier version of the app, or a changed dataset); start a new run</source>
        <translation>{file}：這次訓練開始時的類別與資料集現在的類別（{classes}）不同，因此無法繼續（這是舊版程式的執行，或資料集已變更）；請開始新的執行</translation>
    </message>
    <message>
        <source>{where}: database {database!r} does not exist; check &apos;database&apos; in database_configs.json</source>
        <translation>{where}：資料庫 {database!r} 不存在；請檢查 database_configs.json 中的 &apos;database&apos;</translation>
    </message>
    <message>
        <source>{where}: {said}; table {table!r} needs the columns {needed} (check &apos;table&apos; in database_configs.json)</source>
        <translation>{where}：{said}；資料表 {table!r} 需要欄位 {needed}（請檢查 database_configs.json 中的 &apos;table&apos;）</translation>
    </message>
    <message>
        <source>a query on {where} took longer than {seconds} s (database.query_timeout_s) ({said}); raise it, lower database.chunk_size, or ask for an index on (site, line_id, image_path)</source>
        <translation>{where} 上的查詢超過 {seconds} 秒（database.query_timeout_s）（{said}）；請調高此值、調低 database.chunk_size，或請資料庫管理員在 (site, line_id, image_path) 上建立索引</translation>
    </message>
    <message>
        <source>{where} cannot be read as an SQLite database ({said}); check &apos;path&apos; in database_configs.json or the --db URL</source>
        <translation>無法將 {where} 讀取為 SQLite 資料庫（{said}）；請檢查 database_configs.json 中的 &apos;path&apos; 或 --db URL</translation>
    </message>
    <message>
        <source>lost the connection to {where} during the lookup ({said}); check the server and the network, then run again</source>
        <translation>查詢期間與 {where} 的連線中斷（{said}）；請檢查伺服器和網路，然後重新執行</translation>
    </message>
    <message>
        <source>the metadata query on {where} failed: {said}</source>
        <translation>{where} 上的中繼資料查詢失敗：{said}</translation>
    </message>
    <message>
        <source>{where}: no SSH session ({said}); check that ssh.host and ssh.port name an SSH server</source>
        <translation>{where}：無法建立 SSH 工作階段（{said}）；請確認 ssh.host 和 ssh.port 指向的是 SSH 伺服器</translation>
    </message>
    <message>
        <source>{what} is protected by a passphrase; set {env}, store it in the OS keyring (Settings) or type it when asked</source>
        <translation>{what} 受密碼短語保護；請設定 {env}、將密碼短語存入作業系統金鑰圈（設定），或在提示時輸入</translation>
    </message>
    <message>
        <source>{jump} accepted the login but could not open a connection to {host}:{port} ({said}); check host and port as seen from the jump host, and that it allows TCP forwarding</source>
        <translation>{jump} 已接受登入，但無法開啟到 {host}:{port} 的連線（{said}）；請從跳板機的角度檢查 host 和 port，並確認跳板機允許 TCP 轉發</translation>
    </message>
    <message>
        <source>{where} has no table {table!r} (tables there: {listed}); check &apos;table&apos; in database_configs.json</source>
        <translation>{where} 中沒有資料表 {table!r}（現有資料表：{listed}）；請檢查 database_configs.json 中的 &apos;table&apos;</translation>
    </message>
    <message>
        <source>table {table!r} in {where} lacks the column(s) {missing}; the lookup needs {needed}</source>
        <translation>{where} 中的資料表 {table!r} 缺少欄位 {missing}；查詢需要 {needed}</translation>
    </message>
    <message>
        <source>Predictions for {images} photos written to {out}: {labels}; {unreadable} unreadable, {class_unknown} of unknown class</source>
        <translation>{images} 張照片的預測結果已寫入 {out}：{labels}；{unreadable} 張無法讀取，{class_unknown} 張類別不明</translation>
    </message>
    <message>
        <source>What the training process did when it ended is saved in {file}</source>
        <translation>訓練程序結束時的情形已儲存在 {file}</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>CPU (any computer)</source>
        <translation>CPU（任何電腦）</translation>
    </message>
    <message>
        <source>GPU (NVIDIA, CUDA)</source>
        <translation>GPU（NVIDIA、CUDA）</translation>
    </message>
    <message>
        <source>Demo (small and quick)</source>
        <translation>示範（小而快）</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>waiting for orientation answers</source>
        <translation>等待方向確認</translation>
    </message>
    <message>
        <source>running</source>
        <translation>執行中</translation>
    </message>
    <message>
        <source>interrupted (resume it)</source>
        <translation>已中斷（可繼續執行）</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Read images and metadata</source>
        <translation>讀取影像與資料庫資訊</translation>
    </message>
    <message>
        <source>Orientation answers</source>
        <translation>確認方向</translation>
    </message>
    <message>
        <source>Build the dataset</source>
        <translation>建立資料集</translation>
    </message>
    <message>
        <source>Train the model</source>
        <translation>訓練模型</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>評估</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>MAP@R</source>
        <translation>平均精確度 MAP@R</translation>
    </message>
    <message>
        <source>NG photos</source>
        <translation>NG 照片</translation>
    </message>
    <message>
        <source>good photos</source>
        <translation>良品照片</translation>
    </message>
    <message>
        <source>NG photos and good photos</source>
        <translation>NG 照片與良品照片</translation>
    </message>
    <message>
        <source>NG (defect)</source>
        <translation>NG（不良）</translation>
    </message>
    <message>
        <source>R-precision</source>
        <translation>R 精確率</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>準確率</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>訓練輪次</translation>
    </message>
    <message>
        <source>false-accept rate</source>
        <translation>誤判為良品率</translation>
    </message>
    <message>
        <source>false-reject rate</source>
        <translation>誤判為不良率</translation>
    </message>
    <message>
        <source>precision@1</source>
        <translation>首位命中率 precision@1</translation>
    </message>
</context>
<context>
    <name>plots</name>
    <message>
        <source>For a line that compares each photo with its class&apos;s golden sample only: the check above does not use this threshold.</source>
        <translation>適用於只拿每張照片與其類別黃金樣本比對的產線：上述檢查不使用這個門檻。</translation>
    </message>
    <message>
        <source>Labels the check gives</source>
        <translation>檢查給出的標籤</translation>
    </message>
    <message>
        <source>Each validation photo by its true label (rows) and the label the check gives it (columns): the orientation vote of the nearest good photos, then the part check of its class.</source>
        <translation>每張驗證照片依其真實標籤（列）與檢查給它的標籤（欄）排列：先由最相近的良品照片投票決定方向，再做其類別的元件檢查。</translation>
    </message>
    <message>
        <source>Labelled right, per label</source>
        <translation>各標籤的標對比例</translation>
    </message>
    <message>
        <source>The share of the validation photos of each true label that the check labels right.</source>
        <translation>每個真實標籤的驗證照片中，檢查標對的比例。</translation>
    </message>
    <message>
        <source>Likeness to the golden sample</source>
        <translation>與黃金樣本的相似度</translation>
    </message>
    <message>
        <source>Per class: how alike the validation photos are to the class&apos;s golden sample; good parts in their orientation in green, turned parts and NG photos in red, the golden threshold dashed.</source>
        <translation>依類別：驗證照片與該類別黃金樣本的相似程度；方向正確的良品為綠色，轉向的元件與 NG 照片為紅色，虛線為黃金樣本門檻。</translation>
    </message>
    <message>
        <source>Golden threshold: errors</source>
        <translation>黃金樣本門檻：錯誤率</translation>
    </message>
    <message>
        <source>Per class: the share of turned parts and NG photos passed (red) and of good parts flagged (blue) at each golden threshold; the chosen one dashed.</source>
        <translation>依類別：在各個黃金樣本門檻下，轉向元件與 NG 照片被放行的比例（紅色）與良品被判為不良的比例（藍色）；虛線為所選的門檻。</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>name not in the AOI format</source>
        <translation>檔名不符 AOI 格式</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>不是影像</translation>
    </message>
    <message>
        <source>not in the database</source>
        <translation>資料庫中沒有</translation>
    </message>
    <message>
        <source>unreadable image</source>
        <translation>無法讀取的影像</translation>
    </message>
    <message>
        <source>unreadable folder</source>
        <translation>無法讀取的資料夾</translation>
    </message>
    <message>
        <source>link to a folder</source>
        <translation>指向資料夾的連結</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>excluded by the engineer</source>
        <translation>工程師排除</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>ArcFace angular margin (in margin_unit): how far apart the labels are pushed</source>
        <translation>ArcFace 角度邊界（單位見 margin_unit）：各標籤被推開的距離</translation>
    </message>
    <message>
        <source>ArcFace logit scale</source>
        <translation>ArcFace 的 logit 縮放倍數</translation>
    </message>
    <message>
        <source>GPUs (or CPU processes) to train on</source>
        <translation>用於訓練的 GPU 數（或 CPU 程序數）</translation>
    </message>
    <message>
        <source>HOAMV2 adds an edge layer and average + max pooling; HOAM is the original network</source>
        <translation>HOAMV2 多了邊緣層與平均 + 最大池化；HOAM 為原始網路</translation>
    </message>
    <message>
        <source>attention heads; branch_channels must be a multiple</source>
        <translation>注意力頭數；branch_channels 必須是它的倍數</translation>
    </message>
    <message>
        <source>centres per label: more lets a label hold several looks</source>
        <translation>每個標籤的中心數：越多，一個標籤可容納越多種外觀</translation>
    </message>
    <message>
        <source>computers to train on</source>
        <translation>用於訓練的電腦台數</translation>
    </message>
    <message>
        <source>decoded photos in memory, or in a file for large sets; auto chooses</source>
        <translation>解碼後的照片放在記憶體中，或在大型資料集時放在檔案中；auto 自動選擇</translation>
    </message>
    <message>
        <source>epochs in which the learning rate rises from 0</source>
        <translation>學習率從 0 逐步上升的輪數</translation>
    </message>
    <message>
        <source>how much nearer a photo must be to its own label</source>
        <translation>照片需要比其他標籤更接近自身標籤多少</translation>
    </message>
    <message>
        <source>how several GPUs share the work</source>
        <translation>多張 GPU 如何分工</translation>
    </message>
    <message>
        <source>hybrid: ArcFace + triplet + center loss; arcface: ArcFace only</source>
        <translation>hybrid：ArcFace + 三元組 + 中心損失；arcface：只用 ArcFace</translation>
    </message>
    <message>
        <source>keeps the weights small against over-fitting</source>
        <translation>讓權重保持較小，以防過度擬合</translation>
    </message>
    <message>
        <source>learning rate of the label centres</source>
        <translation>標籤中心的學習率</translation>
    </message>
    <message>
        <source>learning rate: how large the training steps are</source>
        <translation>學習率：每一步訓練調整的幅度</translation>
    </message>
    <message>
        <source>length of the vector that describes a photo</source>
        <translation>描述一張照片的向量長度</translation>
    </message>
    <message>
        <source>limit of a step&apos;s size against jumps; 0: no limit</source>
        <translation>每一步幅度的上限，避免劇烈跳動；0：不限制</translation>
    </message>
    <message>
        <source>number precision: auto is mixed on a GPU, full on a CPU</source>
        <translation>數值精度：auto 在 GPU 上用混合精度，在 CPU 上用完整精度</translation>
    </message>
    <message>
        <source>passes over the training photos; more takes longer</source>
        <translation>把所有訓練照片看過幾輪；越多越耗時</translation>
    </message>
    <message>
        <source>photos are scaled to this square size (a multiple of 32): larger sees more detail, trains slower</source>
        <translation>照片縮放成此邊長的正方形（32 的倍數）：越大看得越細，但訓練越慢</translation>
    </message>
    <message>
        <source>photos of each label in a step</source>
        <translation>每一步中每個標籤的照片數</translation>
    </message>
    <message>
        <source>photos per training step (a multiple of m_per_class)</source>
        <translation>每一步訓練的照片數（m_per_class 的倍數）</translation>
    </message>
    <message>
        <source>the image network (a timm name), e.g. tf_efficientnet_lite0 (fast) or tf_efficientnet_lite2 (larger)</source>
        <translation>影像網路（timm 名稱），例如 tf_efficientnet_lite0（快速）或 tf_efficientnet_lite2（較大）</translation>
    </message>
    <message>
        <source>imagenet: start from the ImageNet weights that come with the app; none: random weights; or a local weights file (nothing is downloaded)</source>
        <translation>imagenet：從程式隨附的 ImageNet 權重開始；none：隨機權重；或指定本機權重檔（不會下載任何東西）</translation>
    </message>
    <message>
        <source>network blocks that keep their ImageNet weights: fewer to train, faster</source>
        <translation>保留 ImageNet 權重的網路區塊數：要訓練的較少，較快</translation>
    </message>
    <message>
        <source>processes that load photos (always 0 in the app and on Windows)</source>
        <translation>載入照片的程序數（在本程式中與 Windows 上一律為 0）</translation>
    </message>
    <message>
        <source>random change of brightness while training</source>
        <translation>訓練時隨機改變亮度</translation>
    </message>
    <message>
        <source>random change of colour saturation while training</source>
        <translation>訓練時隨機改變色彩飽和度</translation>
    </message>
    <message>
        <source>random change of contrast while training</source>
        <translation>訓練時隨機改變對比</translation>
    </message>
    <message>
        <source>random change of hue while training</source>
        <translation>訓練時隨機改變色相</translation>
    </message>
    <message>
        <source>seconds between updates of the curves</source>
        <translation>曲線每次更新的間隔秒數</translation>
    </message>
    <message>
        <source>small random shift, as a share of the size</source>
        <translation>小幅隨機平移（佔尺寸的比例）</translation>
    </message>
    <message>
        <source>small random tilt, in degrees (a quarter turn is another label)</source>
        <translation>小幅隨機傾斜，單位為度（轉 90° 就是另一個標籤）</translation>
    </message>
    <message>
        <source>small random zoom: 1 ± this</source>
        <translation>小幅隨機縮放：1 ± 此值</translation>
    </message>
    <message>
        <source>steps between rows of the training logs</source>
        <translation>訓練記錄中每列之間的步數</translation>
    </message>
    <message>
        <source>stop after this many epochs without a better score; 0: never</source>
        <translation>連續這麼多輪分數都沒有進步就停止；0：不提早停止</translation>
    </message>
    <message>
        <source>the backbone learns at lr × this (lower it for pretrained weights)</source>
        <translation>骨幹網路的學習率為 lr × 此值（使用預訓練權重時請調低）</translation>
    </message>
    <message>
        <source>the same seed trains the same way again</source>
        <translation>相同的種子會以相同方式再次訓練</translation>
    </message>
    <message>
        <source>the unit of the margin</source>
        <translation>邊界的單位</translation>
    </message>
    <message>
        <source>the validation score that picks the best model</source>
        <translation>用來挑選最佳模型的驗證分數</translation>
    </message>
    <message>
        <source>weight of the ArcFace loss in the total</source>
        <translation>ArcFace 損失在總損失中的權重</translation>
    </message>
    <message>
        <source>weight of the center loss in the total</source>
        <translation>中心損失在總損失中的權重</translation>
    </message>
    <message>
        <source>weight of the triplet loss in the total</source>
        <translation>三元組損失在總損失中的權重</translation>
    </message>
    <message>
        <source>where to train: auto uses the GPU when there is one</source>
        <translation>在哪裡訓練：auto 會在有 GPU 時使用 GPU</translation>
    </message>
    <message>
        <source>width of the local and global branches: more is slower and needs more photos</source>
        <translation>局部與全域分支的寬度：越寬越慢，也需要越多照片</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <source>Fit for the line: on the validation photos the check stays within both targets (at most {far} of the photos to reject passed, at most {frr} of good parts flagged).</source>
        <translation>可上線使用：在驗證照片上，檢查達到兩項目標（應剔除的照片最多放行 {far}，良品最多 {frr} 被判為不良）。</translation>
    </message>
    <message numerus="yes">
        <source>Trained, but NOT fit for the line: %n class(es) miss the targets (at most {far} of the photos to reject passed, at most {frr} of good parts flagged). Add the photos the table names and train again.</source>
        <translation>
            <numerusform>已完成訓練，但「不宜」上線使用：%n 個類別未達目標（應剔除的照片最多放行 {far}，良品最多 {frr} 被判為不良）。請加入表中列出的照片後重新訓練。</numerusform>
        </translation>
    </message>
    <message>
        <source>On the {images} validation photos the check would have passed {passed} of {bad} photos the line must reject and flagged {flagged} of {good} good parts.</source>
        <translation>在 {images} 張驗證照片上，檢查會在 {bad} 張產線必須剔除的照片中放行 {passed} 張，並把 {good} 個良品中的 {flagged} 個判為不良。</translation>
    </message>
    <message>
        <source>With this many photos, at 95% confidence, at most {passed} of the photos to reject would pass and {flagged} of good parts be flagged; more photos narrow this.</source>
        <translation>以這樣的照片數量，在 95% 信賴度下，應剔除的照片最多會放行 {passed}，良品最多會有 {flagged} 被判為不良；照片越多，範圍越窄。</translation>
    </message>
    <message>
        <source>{n} of {of} ({rate})</source>
        <translation>{of} 中的 {n}（{rate}）</translation>
    </message>
    <message>
        <source>at most {bound} at 95%</source>
        <translation>95% 信賴度下最多 {bound}</translation>
    </message>
    <message>
        <source>Photos to reject that passed</source>
        <translation>應剔除卻被放行的照片</translation>
    </message>
    <message>
        <source>False accepts: NG photos and parts turned the wrong way that the check said OK</source>
        <translation>誤判為良品：檢查判為 OK 的 NG 照片與方向錯誤的元件</translation>
    </message>
    <message>
        <source>Good parts flagged</source>
        <translation>被判為不良的良品</translation>
    </message>
    <message>
        <source>False rejects: good parts in their orientation that the check said NG</source>
        <translation>誤判為不良：方向正確卻被檢查判為 NG 的良品</translation>
    </message>
    <message>
        <source>The line&apos;s verdict on the validation photos</source>
        <translation>產線在驗證照片上的判定</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>fit for the line</source>
        <translation>可上線使用</translation>
    </message>
    <message>
        <source>NOT fit for the line</source>
        <translation>不宜上線使用</translation>
    </message>
    <message>
        <source>The check said</source>
        <translation>檢查判定</translation>
    </message>
    <message>
        <source>OK {ok}, NG {ng}</source>
        <translation>OK {ok}，NG {ng}</translation>
    </message>
    <message>
        <source>Of the {n} validation photos</source>
        <translation>在 {n} 張驗證照片中</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>at most {far} passed, {frr} flagged</source>
        <translation>最多放行 {far}，最多 {frr} 判為不良</translation>
    </message>
    <message>
        <source>Labels right</source>
        <translation>標籤正確</translation>
    </message>
    <message>
        <source>Validation photos whose label (Up, Down, Left, Right or NG) the check gives right</source>
        <translation>檢查給對標籤（上、下、左、右或 NG）的驗證照片</translation>
    </message>
    <message>
        <source>misses the targets</source>
        <translation>未達目標</translation>
    </message>
    <message>
        <source>add {photos}</source>
        <translation>請加入{photos}</translation>
    </message>
    <message>
        <source>Photos for the part check</source>
        <translation>元件檢查用的照片</translation>
    </message>
    <message>
        <source>meets the targets</source>
        <translation>達到目標</translation>
    </message>
    <message>
        <source>no validation photos</source>
        <translation>沒有驗證照片</translation>
    </message>
    <message>
        <source>Classes: {n}, missing the targets: {failing}</source>
        <translation>類別：{n} 個，未達目標：{failing} 個</translation>
    </message>
    <message>
        <source>Classes without NG photos</source>
        <translation>沒有 NG 照片的類別</translation>
    </message>
    <message>
        <source>{n}: add NG photos of them</source>
        <translation>{n} 個：請加入它們的 NG 照片</translation>
    </message>
    <message>
        <source>Its mistakes</source>
        <translation>它的錯誤</translation>
    </message>
    <message>
        <source>mostly the part turned 180°</source>
        <translation>大多是元件旋轉 180°</translation>
    </message>
    <message>
        <source>If the part looks the same turned 180°, say so in the orientation dialog and train again</source>
        <translation>若此元件旋轉 180° 後看起來一樣，請在方向對話框中註明後重新訓練</translation>
    </message>
    <message>
        <source>Part check</source>
        <translation>元件檢查</translation>
    </message>
    <message>
        <source>none: fewer than 2 good photos, checked for orientation only</source>
        <translation>無：良品照片不到 2 張，只檢查方向</translation>
    </message>
    <message>
        <source>{good} good, {ng} NG</source>
        <translation>良品 {good} 張，NG {ng} 張</translation>
    </message>
    <message>
        <source>No NG photos</source>
        <translation>沒有 NG 照片</translation>
    </message>
    <message>
        <source>add NG photos</source>
        <translation>請加入 NG 照片</translation>
    </message>
    <message>
        <source>A wrong or missing part is caught only when it looks unlike every good photo, which this run could not test</source>
        <translation>錯件或缺件只有在與所有良品照片都不像時才會被抓到，而此次訓練無法驗證這點</translation>
    </message>
    <message>
        <source>NG photos the part check passes</source>
        <translation>元件檢查放行的 NG 照片</translation>
    </message>
    <message>
        <source>{n} of {of}</source>
        <translation>{of} 張中的 {n} 張</translation>
    </message>
    <message>
        <source>Good photos unlike the others</source>
        <translation>與其他良品不像的良品照片</translation>
    </message>
    <message numerus="yes">
        <source>%n, worth a look</source>
        <translation>
            <numerusform>%n 張，值得檢視</numerusform>
        </translation>
    </message>
    <message>
        <source>Often a wrong or missing part filed as good</source>
        <translation>常是被歸為良品的錯件或缺件</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>Images for training / validation</source>
        <translation>訓練 / 驗證影像</translation>
    </message>
    <message>
        <source>Each photo in every orientation it was turned to</source>
        <translation>每張照片在其被旋轉到的各個方向</translation>
    </message>
    <message>
        <source>Files left out</source>
        <translation>未採用的檔案</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>{architecture} on {backbone}, {size} px</source>
        <translation>{architecture}，骨幹 {backbone}，{size} px</translation>
    </message>
</context>
</TS>
