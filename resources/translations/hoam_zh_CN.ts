<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CurvesView</name>
    <message>
        <source>ArcFace loss</source>
        <translation>ArcFace 损失</translation>
    </message>
    <message>
        <source>triplet loss</source>
        <translation>三元组损失</translation>
    </message>
    <message>
        <source>center loss</source>
        <translation>中心损失</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Training loss (mean per epoch)</source>
        <translation>训练损失（每轮平均）</translation>
    </message>
    <message>
        <source>Validation (per epoch)</source>
        <translation>验证（每轮）</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>how far photos lie from their label, by angle</source>
        <translation>照片与其标签相距多远（按角度计）</translation>
    </message>
    <message>
        <source>how large the training steps are (right axis)</source>
        <translation>每一步训练调整的幅度（右侧坐标轴）</translation>
    </message>
    <message>
        <source>how tightly the photos of a label cluster</source>
        <translation>同一标签的照片聚得多紧</translation>
    </message>
    <message>
        <source>how well all photos of the right label rank first (1 is perfect)</source>
        <translation>正确标签的所有照片是否都排在最前面（1 为完美）</translation>
    </message>
    <message>
        <source>loss (lower is better)</source>
        <translation>损失（越低越好）</translation>
    </message>
    <message>
        <source>recall@1: share of val photos whose nearest match has the right label</source>
        <translation>recall@1：验证照片中，最相近的照片标签正确的比例</translation>
    </message>
    <message>
        <source>score (higher is better)</source>
        <translation>分数（越高越好）</translation>
    </message>
    <message>
        <source>share of the closest matches that have the right label</source>
        <translation>最相近的几张照片中标签正确的比例</translation>
    </message>
    <message>
        <source>total loss (lower is better)</source>
        <translation>总损失（越低越好）</translation>
    </message>
    <message>
        <source>what training minimises: the terms below added up</source>
        <translation>训练要降低的值：下列各项的总和</translation>
    </message>
    <message>
        <source>whether each photo is nearer to photos of its own label than to others</source>
        <translation>每张照片是否更接近同标签的照片，而非其他标签</translation>
    </message>
</context>
<context>
    <name>GoldenView</name>
    <message>
        <source>Class or label</source>
        <translation>类别或标签</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>Per label</source>
        <translation>按标签</translation>
    </message>
    <message>
        <source>{orientation}, as on the line</source>
        <translation>{orientation}（产线上的方向）</translation>
    </message>
    <message>
        <source>{name}, turned {degrees}°</source>
        <translation>{name}，旋转 {degrees}°</translation>
    </message>
    <message>
        <source>The golden sample of class {name} in each orientation: the photo of it the line compares with, chosen as the most typical of its training photos</source>
        <translation>类别 {name} 在各方向的黄金样本：产线用来比对的照片，选自其训练照片中最典型的一张</translation>
    </message>
    <message>
        <source>The golden sample of every class in each orientation</source>
        <translation>每个类别在各方向的黄金样本</translation>
    </message>
    <message>
        <source>The most typical training photos labelled {name}</source>
        <translation>标签为 {name} 的最典型训练照片</translation>
    </message>
    <message>
        <source>The most typical training photos of every label</source>
        <translation>每个标签最典型的训练照片</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>1. New run</source>
        <translation>1. 新训练</translation>
    </message>
    <message>
        <source>2. Orientation</source>
        <translation>2. 方向</translation>
    </message>
    <message>
        <source>3. Training</source>
        <translation>3. 训练</translation>
    </message>
    <message>
        <source>4. Results</source>
        <translation>4. 结果</translation>
    </message>
    <message>
        <source>5. Try the model and deploy</source>
        <translation>5. 试用模型并部署</translation>
    </message>
    <message>
        <source>Choose the input folder (with OK and NG sub-folders of AOI photos), the database and the site and line the photos come from. Test connection tells how many of the photos the database knows there. Pick a training profile and press Start run.</source>
        <translation>选择输入文件夹（内含 AOI 照片的 OK 与 NG 子文件夹）、数据库，以及照片来源的厂区与产线。“测试连接”会告诉您数据库在该处认得多少张照片。选择训练配置后按“开始训练”。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>For each class of photos, say which way the part faces (arrow keys or the buttons), whether it looks the same turned 180°, or leave the class out. Space shows the photos large. You can answer later: the run waits, also over a restart.</source>
        <translation>为每一类照片指出元件朝向（方向键或按钮）、旋转 180° 后是否看起来相同，或将该类别排除。按空格键可放大查看照片。也可以稍后再回答：训练会等待，重新启动后也一样。</translation>
    </message>
    <message>
        <source>From a folder of AOI photos to a checked, deployable model. Each step has a tab of its own; the app goes to the next one by itself.</source>
        <translation>从一个 AOI 照片文件夹，到经过检验、可部署的模型。每个步骤都有自己的标签页；程序会自动前往下一步。</translation>
    </message>
    <message>
        <source>Guide: a run in five steps</source>
        <translation>使用指南：五个步骤完成一次训练</translation>
    </message>
    <message>
        <source>Log files for support: {folder}</source>
        <translation>提供给技术支持的日志文件：{folder}</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>Progress shows each stage and the time left; Curves shows the training: the losses should fall, the validation scores rise. Cancel stops at the next safe point; History resumes the run.</source>
        <translation>“进度”显示各阶段与剩余时间；“曲线”显示训练情况：损失应下降，验证分数应上升。“取消”会在下一个安全点停止；可从“历史记录”继续训练。</translation>
    </message>
    <message>
        <source>Try the model on new photos. The run folder&apos;s export/ holds the module for the line: model, thresholds and golden images.</source>
        <translation>用新照片试用模型。训练文件夹中的 export/ 内含给产线用的模块：模型、阈值与黄金样本图像。</translation>
    </message>
    <message>
        <source>What the check would have decided on the validation photos: good parts flagged (false rejects), defects passed (false accepts), per class; the golden samples and the photos worth a look.</source>
        <translation>检查在验证照片上会做出的判定：被误判为不良的良品（误判为不良）、被放行的不良品（误判为良品），按类别列出；另有黄金样本与值得查看的照片。</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Run</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>厂区</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>产线</translation>
    </message>
    <message>
        <source>Input folder</source>
        <translation>输入文件夹</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>显示文件夹</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Runs in {folder}</source>
        <translation>{folder} 中的训练</translation>
    </message>
    <message>
        <source>Move run to trash</source>
        <translation>将训练移到回收站</translation>
    </message>
    <message>
        <source>Move {name} and everything in it to the trash?</source>
        <translation>要将 {name} 及其所有内容移到回收站吗？</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>未移动</translation>
    </message>
    <message>
        <source>{name} is being worked on by another window or hoam-trainer; it was left alone. Stop that run first.</source>
        <translation>{name} 正由另一个窗口或 hoam-trainer 处理中，因此未做任何更改。请先停止该训练。</translation>
    </message>
    <message>
        <source>{path} is not a run folder inside {runs}; it was left alone.</source>
        <translation>{path} 不是 {runs} 中的训练文件夹，因此未做任何更改。</translation>
    </message>
    <message>
        <source>{path} could not be moved to the trash (no trash on this drive?); it was left alone. Delete it in the file manager if you no longer need it.</source>
        <translation>无法将 {path} 移到回收站（此磁盘可能没有回收站），因此未做任何更改。如不再需要，请在文件管理器中删除。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Result on the validation photos</source>
        <translation>验证照片上的结果</translation>
    </message>
    <message>
        <source>false accepts {rate}</source>
        <translation>误判为良品 {rate}</translation>
    </message>
    <message>
        <source>fit for the line</source>
        <translation>可上线使用</translation>
    </message>
    <message>
        <source>not fit for the line</source>
        <translation>不宜上线使用</translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <source>Click or press Esc to close</source>
        <translation>单击或按 Esc 关闭</translation>
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
        <translation>新训练</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <source>Golden samples</source>
        <translation>黄金样本</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Try the model</source>
        <translation>试用模型</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About HOAM Trainer</source>
        <translation>关于 HOAM Trainer(&amp;A)</translation>
    </message>
    <message>
        <source>A run is active</source>
        <translation>有训练正在运行</translation>
    </message>
    <message>
        <source>Wait for the active run to finish or cancel it first.</source>
        <translation>请等待当前的训练完成，或先取消它。</translation>
    </message>
    <message>
        <source>Cannot create the run folder</source>
        <translation>无法创建训练文件夹</translation>
    </message>
    <message>
        <source>Cannot start the run</source>
        <translation>无法开始训练</translation>
    </message>
    <message>
        <source>Run {name} completed.</source>
        <translation>训练 {name} 已完成。</translation>
    </message>
    <message>
        <source>Run {name} waits for orientation answers: resume it from History when you are ready.</source>
        <translation>训练 {name} 正在等待方向确认：准备好后请从“历史记录”继续。</translation>
    </message>
    <message>
        <source>Run {name} stopped; resume it from History.</source>
        <translation>训练 {name} 已停止，可从“历史记录”继续。</translation>
    </message>
    <message>
        <source>Run {name} was cancelled.</source>
        <translation>训练 {name} 已取消。</translation>
    </message>
    <message>
        <source>Run {name} failed: {message}</source>
        <translation>训练 {name} 失败：{message}</translation>
    </message>
    <message>
        <source>Stop run {name}? What is done so far stays in its folder, and the run can be resumed from History.</source>
        <translation>要停止训练 {name} 吗？已完成的部分会保留在其文件夹中，之后可从“历史记录”继续。</translation>
    </message>
    <message>
        <source>Stopping at the next safe point…</source>
        <translation>将在下一个安全点停止…</translation>
    </message>
    <message>
        <source>About HOAM Trainer</source>
        <translation>关于 HOAM Trainer</translation>
    </message>
    <message>
        <source>HOAM Trainer {version}

Trains and evaluates image-retrieval models that check the orientation and polarity of SMT components from AOI photos.</source>
        <translation>HOAM Trainer {version}

以 AOI 图像训练并评估图像检索模型，用于检查 SMT 元件的方向与极性。</translation>
    </message>
    <message>
        <source>Stop run {name} and close? It can be resumed from History later.</source>
        <translation>要停止训练 {name} 并关闭吗？之后可从“历史记录”继续。</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>停止并关闭</translation>
    </message>
    <message>
        <source>&amp;Guide: a run in five steps</source>
        <translation>使用指南：五个步骤(&amp;G)</translation>
    </message>
    <message>
        <source>A run waits for your answers</source>
        <translation>有训练正在等待您的回答</translation>
    </message>
    <message>
        <source>Answer now</source>
        <translation>现在回答</translation>
    </message>
    <message>
        <source>HOAM Trainer closed unexpectedly last time. What happened is saved in
{trace}

Please send this file and gui.log from the same folder to your support contact. Runs that were active can be resumed from History.</source>
        <translation>HOAM Trainer 上次意外关闭。当时的情况已保存在
{trace}

请将此文件与同一文件夹中的 gui.log 发给您的技术支持人员。当时进行中的训练可从“历史记录”继续。</translation>
    </message>
    <message>
        <source>Keep training</source>
        <translation>继续训练</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>Other runs that wait: {n}; History lists them.</source>
        <translation>其他等待中的训练：{n} 个；列在“历史记录”中。</translation>
    </message>
    <message>
        <source>Run {name} waits for your orientation answers. Answer them now to go on with it?</source>
        <translation>训练 {name} 正在等待您确认方向。要现在回答并继续吗？</translation>
    </message>
    <message>
        <source>Stop training</source>
        <translation>停止训练</translation>
    </message>
    <message>
        <source>Stop training?</source>
        <translation>要停止训练吗？</translation>
    </message>
    <message>
        <source>The last session ended in a crash</source>
        <translation>上次运行时程序崩溃</translation>
    </message>
</context>
<context>
    <name>NewRunView</name>
    <message>
        <source>Input folder</source>
        <translation>输入文件夹</translation>
    </message>
    <message>
        <source>Folder with OK/ and NG/ sub-folders of AOI images</source>
        <translation>包含 OK/ 和 NG/ 子文件夹的 AOI 图像文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>A site from database_configs.json, or a URL such as sqlite:///path/file.sqlite or postgresql://user@host:5432/db</source>
        <translation>database_configs.json 中的厂区，或如 sqlite:///path/file.sqlite、postgresql://user@host:5432/db 的 URL</translation>
    </message>
    <message>
        <source>SQLite file…</source>
        <translation>SQLite 文件…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>厂区</translation>
    </message>
    <message>
        <source>e.g. HPH (the site column of the metadata table)</source>
        <translation>例如 HPH（数据表中的 site 列）</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>产线</translation>
    </message>
    <message>
        <source>e.g. V31</source>
        <translation>例如 V31</translation>
    </message>
    <message>
        <source>Training profile</source>
        <translation>训练配置</translation>
    </message>
    <message>
        <source>Advanced training settings</source>
        <translation>高级训练设置</translation>
    </message>
    <message>
        <source>Start run</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <source>Choose the input folder</source>
        <translation>选择输入文件夹</translation>
    </message>
    <message>
        <source>Counting images…</source>
        <translation>正在统计图像数量…</translation>
    </message>
    <message>
        <source>OK images: {ok}   NG images: {ng}   names that do not parse: {bad}</source>
        <translation>OK 图像：{ok}   NG 图像：{ng}   无法解析的文件名：{bad}</translation>
    </message>
    <message>
        <source>other files: {n}</source>
        <translation>其他文件：{n}</translation>
    </message>
    <message>
        <source>Choose an SQLite metadata database</source>
        <translation>选择 SQLite 数据库</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite 数据库 (*.sqlite *.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>连接中…</translation>
    </message>
    <message>
        <source>Connected; the metadata table and its columns are there.</source>
        <translation>已连接；数据表及其列均存在。</translation>
    </message>
    <message>
        <source>Server not reachable</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <source>SSH tunnel failed</source>
        <translation>SSH 隧道建立失败</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>登录被拒绝</translation>
    </message>
    <message>
        <source>Table or column missing</source>
        <translation>缺少数据表或列</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Configuration problem</source>
        <translation>配置有误</translation>
    </message>
    <message>
        <source>Query failed</source>
        <translation>查询失败</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <source>Settings are valid.</source>
        <translation>设置有效。</translation>
    </message>
    <message>
        <source>Connected, but the database knows none of the {photos} photos of this input for site {site}, line {line}.</source>
        <translation>已连接，但在厂区 {site}、产线 {line} 下，数据库不认得此输入的 {photos} 张照片中的任何一张。</translation>
    </message>
    <message>
        <source>Connected. The database knows {known} of the {photos} photos of this input for site {site}, line {line}.</source>
        <translation>已连接。在厂区 {site}、产线 {line} 下，数据库认得此输入 {photos} 张照片中的 {known} 张。</translation>
    </message>
    <message>
        <source>Give the site and the line to check the photos of this input.</source>
        <translation>请填写厂区与产线，以检查此输入的照片。</translation>
    </message>
    <message>
        <source>It has no photo of this input at all. Its sites and lines: {places}.</source>
        <translation>数据库完全没有此输入的照片。其中的厂区与产线：{places}。</translation>
    </message>
    <message>
        <source>It has them under (site / line, photos of a sample): {places}. Check the site and the line.</source>
        <translation>这些照片在数据库中位于（厂区 / 产线，抽样照片数）：{places}。请检查厂区与产线。</translation>
    </message>
    <message>
        <source>Its metadata table is empty.</source>
        <translation>其元数据表是空的。</translation>
    </message>
    <message>
        <source>The other {missing} will be left out of the run (reason: not in the database).</source>
        <translation>其余 {missing} 张将不纳入此次训练（原因：不在数据库中）。</translation>
    </message>
</context>
<context>
    <name>OrientationDialog</name>
    <message>
        <source>Which way does each part face?</source>
        <translation>每个元件朝向哪个方向？</translation>
    </message>
    <message>
        <source>Look at the samples of each class and choose the way the part faces (where its polarity mark points). Every image of a class shows the part the same way round.</source>
        <translation>请查看每个类别的样本，选择元件的朝向（极性标记所指的方向）。同一类别的所有图像中，元件的摆放方向都相同。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Answer later</source>
        <translation>稍后再答</translation>
    </message>
    <message>
        <source>Close; the run waits for the answers and can be resumed from History, also after restarting the app</source>
        <translation>关闭；训练会等待您的回答，之后可从“历史记录”继续，重新启动程序后也可以。</translation>
    </message>
    <message>
        <source>{done} of {total} classes answered</source>
        <translation>已回答 {done} / {total} 个类别</translation>
    </message>
    <message>
        <source>Keyboard: arrow keys answer the highlighted class and go to the next; Tab moves on without answering; X excludes the class; S toggles &quot;looks the same turned 180°&quot;; Space shows the photos large (or click one); M shows more samples.</source>
        <translation>键盘：方向键回答当前标示的类别并前往下一个；Tab 不回答直接前往下一个；X 排除该类别；S 切换“旋转 180° 后看起来相同”；空格键放大显示照片（或点击照片）；M 显示更多样本。</translation>
    </message>
</context>
<context>
    <name>OrientationRow</name>
    <message>
        <source>{cls}  ({count} images)</source>
        <translation>{cls}  （{count} 张图像）</translation>
    </message>
    <message>
        <source>More samples</source>
        <translation>更多样本</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Leave this class out of the training (X)</source>
        <translation>此类别不参与训练 (X)</translation>
    </message>
    <message>
        <source>Looks the same turned 180°</source>
        <translation>旋转 180° 后看起来相同</translation>
    </message>
    <message>
        <source>For parts such as resistors that look the same upside down (S)</source>
        <translation>适用于电阻等上下颠倒看起来一样的元件（S）</translation>
    </message>
    <message>
        <source>Show more photos of this class (M)</source>
        <translation>显示此类别的更多照片（M）</translation>
    </message>
    <message>
        <source>The first photo turned as your answer says: this is what the model learns as Up for this class</source>
        <translation>按您的回答转正后的第一张照片：模型会把它当作此类别的“上”来学习</translation>
    </message>
    <message>
        <source>Up for this class, once answered</source>
        <translation>回答后在此显示此类别的“上”</translation>
    </message>
    <message>
        <source>left out of the training</source>
        <translation>不纳入训练</translation>
    </message>
    <message>
        <source>↑ Up for this class</source>
        <translation>↑ 此类别的“上”</translation>
    </message>
    <message>
        <source>↑ Up for this class (the same as ↓ Down)</source>
        <translation>↑ 此类别的“上”（与 ↓ 下 相同）</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>This photo cannot be read.</source>
        <translation>无法读取这张照片。</translation>
    </message>
    <message>
        <source>{name}  ({n} of {total})</source>
        <translation>{name}（第 {n} 张，共 {total} 张）</translation>
    </message>
    <message>
        <source>← → other samples · Space, Enter or Esc closes</source>
        <translation>← → 其他样本 · 空格键、Enter 或 Esc 关闭</translation>
    </message>
</context>
<context>
    <name>PlotsPage</name>
    <message>
        <source>Click the plot to see it full size</source>
        <translation>单击图表可查看原尺寸</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Cancel run</source>
        <translation>取消训练</translation>
    </message>
    <message>
        <source>Open run folder</source>
        <translation>打开训练文件夹</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>No run yet: start one on the New run tab or resume one from History.</source>
        <translation>尚无训练：请在“新训练”页开始，或从“历史记录”继续。</translation>
    </message>
    <message>
        <source>Run {name}: {status}</source>
        <translation>训练 {name}：{status}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Started {name}</source>
        <translation>已开始 {name}</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>epoch {n}</source>
        <translation>第 {n} 轮</translation>
    </message>
    <message>
        <source>{s} per epoch</source>
        <translation>每轮 {s}</translation>
    </message>
    <message>
        <source>about {s} left</source>
        <translation>约剩 {s}</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>已打开 {name}</translation>
    </message>
    <message>
        <source>run</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>waiting for your answers</source>
        <translation>等待您的回答</translation>
    </message>
    <message>
        <source>{done} of {total} classes answered</source>
        <translation>已回答 {done} / {total} 个类别</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>On the validation photos</source>
        <translation>在验证照片上</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Details: the whole report as the file holds it</source>
        <translation>详细信息：文件中的完整报告</translation>
    </message>
    <message>
        <source>Labels the check gives</source>
        <translation>检查给出的标签</translation>
    </message>
    <message>
        <source>Left-out files ({n})</source>
        <translation>未采用的文件（{n}）</translation>
    </message>
    <message>
        <source>Rows: the true label of each validation photo; columns: the label the check gives it (the orientation vote of the nearest good photos, then the part check of its class). Green: right, red: wrong. Click a cell to see its photos.</source>
        <translation>行：每张验证照片的真实标签；列：检查给它的标签（先由最相近的良品照片投票决定方向，再做其类别的元件检查）。绿色：正确，红色：错误。单击单元格可查看其中的照片。</translation>
    </message>
    <message>
        <source>Click a cell of the table to see its photos here.</source>
        <translation>单击表格中的单元格，即可在此查看其中的照片。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Why it was left out</source>
        <translation>未采用的原因</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the input were left out of the training:</source>
        <translation>
            <numerusform>输入中有 %n 个文件未用于训练：</numerusform>
        </translation>
    </message>
    <message>
        <source>Every file of the input was used.</source>
        <translation>输入的每个文件都已采用。</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) whose true label is {true} and the check says {said}:</source>
        <translation>
            <numerusform>真实标签为 {true}、检查判为 {said} 的照片共 %n 张：</numerusform>
        </translation>
    </message>
    <message>
        <source>NG photo</source>
        <translation>NG 照片</translation>
    </message>
    <message>
        <source>{name}, turned {degrees}°</source>
        <translation>{name}，旋转 {degrees}°</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>图表</translation>
    </message>
    <message numerus="yes">
        <source>This run has %n warning(s):</source>
        <translation>
            <numerusform>本次训练有 %n 条警告：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Open a run from History to see its results.</source>
        <translation>请从“历史记录”打开一次训练以查看结果。</translation>
    </message>
    <message>
        <source>Not available for run {name} yet: it appears when the run has been evaluated.</source>
        <translation>训练 {name} 尚无此内容：完成评估后才会显示。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Default training profile</source>
        <translation>默认训练配置</translation>
    </message>
    <message>
        <source>Database passwords</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <source>Passwords are kept in the operating system&apos;s keyring (Windows Credential Manager, macOS Keychain, Secret Service), never in files.</source>
        <translation>密码保存在操作系统的密钥环中（Windows 凭据管理器、macOS 钥匙串、Secret Service），绝不写入文件。</translation>
    </message>
    <message>
        <source>Database of {site}: {user}</source>
        <translation>{site} 的数据库：{user}</translation>
    </message>
    <message>
        <source>SSH jump host of {site}: {user}</source>
        <translation>{site} 的 SSH 跳板机：{user}</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>No site in database_configs.json needs a password.</source>
        <translation>database_configs.json 中没有需要密码的厂区。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Type the password first.</source>
        <translation>请先输入密码。</translation>
    </message>
    <message>
        <source>Stored in the keyring.</source>
        <translation>已保存到密钥环。</translation>
    </message>
    <message>
        <source>Removed from the keyring.</source>
        <translation>已从密钥环删除。</translation>
    </message>
</context>
<context>
    <name>Thumb</name>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
</context>
<context>
    <name>TrainingSettings</name>
    <message>
        <source>Allowed</source>
        <translation>允许的值</translation>
    </message>
    <message>
        <source>Back to the profile&apos;s values</source>
        <translation>恢复配置的值</translation>
    </message>
    <message>
        <source>Loading the settings of the profile…</source>
        <translation>正在加载配置的设置…</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The settings cannot be shown: {error}</source>
        <translation>无法显示这些设置：{error}</translation>
    </message>
    <message>
        <source>Type a value to change it for this run; changed values are marked. The profile itself stays as it is.</source>
        <translation>输入数值即可只为此次训练更改；已更改的值会标示出来。配置本身保持不变。</translation>
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
        <translation>数字</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>one of: {choices}</source>
        <translation>下列之一：{choices}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
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
        <translation>选择图像…</translation>
    </message>
    <message>
        <source>Open a run whose evaluation has finished (History) to try its model</source>
        <translation>请先（从“历史记录”）打开已完成评估的训练，才能试用其模型</translation>
    </message>
    <message>
        <source>Open a run from History, then drop component photos here: its model says OK or NG for each.</source>
        <translation>从“历史记录”打开一次训练，再把元件照片拖放到这里：其模型会为每张照片判定 OK 或 NG。</translation>
    </message>
    <message>
        <source>The model of run {name} is not ready yet: it can be tried once the run has been evaluated.</source>
        <translation>训练 {name} 的模型尚未就绪：评估完成后即可试用。</translation>
    </message>
    <message>
        <source>Drop component photos here or choose them: the model of run {name} says OK or NG for each, as the line would.</source>
        <translation>把元件照片拖放到这里或选择照片：训练 {name} 的模型会像产线一样为每张照片判定 OK 或 NG。</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s): {ok} OK, {ng} NG, {none} without a verdict</source>
        <translation>
            <numerusform>%n 张照片：{ok} 张 OK、{ng} 张 NG、{none} 张无判定</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose component images</source>
        <translation>选择元件图像</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>图像 (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>Checking {n} photos…</source>
        <translation>正在检查 {n} 张照片…</translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation>检查失败：{error}</translation>
    </message>
</context>
<context>
    <name>VerdictCard</name>
    <message>
        <source>The line would pass this part</source>
        <translation>产线会放行此元件</translation>
    </message>
    <message>
        <source>The line would reject this part</source>
        <translation>产线会剔除此元件</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>无判定</translation>
    </message>
    <message>
        <source>Class {cls}: expects {expected}, found {found}</source>
        <translation>类别 {cls}：应为{expected}，实为{found}</translation>
    </message>
    <message>
        <source>Found {found}; the class is unknown, so the line cannot judge it</source>
        <translation>判读为{found}；类别不明，产线无法判定</translation>
    </message>
    <message>
        <source>No verdict: {problem}</source>
        <translation>无判定：{problem}</translation>
    </message>
    <message>
        <source>OK: the class&apos;s part, facing the right way</source>
        <translation>OK：是此类别的元件，方向正确</translation>
    </message>
    <message>
        <source>it looks like the part of class {cls}</source>
        <translation>看起来像类别 {cls} 的元件</translation>
    </message>
    <message>
        <source>it looks like a known NG photo</source>
        <translation>看起来像已知的 NG 照片</translation>
    </message>
    <message>
        <source>a place of it is unlike every good photo</source>
        <translation>有一处与所有良品照片都不像</translation>
    </message>
    <message>
        <source>NG: {why}</source>
        <translation>NG：{why}</translation>
    </message>
    <message>
        <source>the part check rejects it</source>
        <translation>元件检查判为不良</translation>
    </message>
    <message>
        <source>NG: turned the wrong way</source>
        <translation>NG：方向错误</translation>
    </message>
    <message>
        <source>likeness to the NG photos {value} (NG above 0)</source>
        <translation>与 NG 照片的相似度 {value}（大于 0 为 NG）</translation>
    </message>
    <message>
        <source>no NG photos to compare with</source>
        <translation>没有可比对的 NG 照片</translation>
    </message>
    <message>
        <source>unlike the good photos {value} (NG above {limit})</source>
        <translation>与良品照片的差异 {value}（大于 {limit} 为 NG）</translation>
    </message>
    <message>
        <source>unlike the good photos {value} (not used for this class)</source>
        <translation>与良品照片的差异 {value}（此类别不采用）</translation>
    </message>
    <message>
        <source>Part check: {figures}</source>
        <translation>元件检查：{figures}</translation>
    </message>
    <message>
        <source>Orientation: likeness to the nearest good photo {score}</source>
        <translation>方向：与最相近良品照片的相似度 {score}</translation>
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
        <translation>需要密码</translation>
    </message>
    <message>
        <source>Store it in Settings to avoid this question next time.</source>
        <translation>可在“设置”中保存密码，下次就不会再询问。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>{error}

The details are in {log}.</source>
        <translation>{error}

详细信息记录在 {log}。</translation>
    </message>
    <message>
        <source>HOAM Trainer cannot start</source>
        <translation>HOAM Trainer 无法启动</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Run cancelled</source>
        <translation>训练已取消</translation>
    </message>
    <message>
        <source>Run failed: {error}</source>
        <translation>训练失败：{error}</translation>
    </message>
    <message>
        <source>Ingesting {total} files from {folder}</source>
        <translation>正在读取 {folder} 中的 {total} 个文件</translation>
    </message>
    <message>
        <source>{done}/{total} files</source>
        <translation>{done}/{total} 个文件</translation>
    </message>
    <message>
        <source>Ingest: {ok} OK images in {class_count} classes and {ng} NG; {left_out} left out ({reasons_text}); see {manifest}</source>
        <translation>读取完成：{ok} 张 OK 图像，分属 {class_count} 个类别，另有 {ng} 张 NG；略过 {left_out} 个文件（{reasons_text}）；详见 {manifest}</translation>
    </message>
    <message>
        <source>{apart} of {ng} NG photos were taken on days with no OK photo (NG: {ng_days}; OK: {ok_days}). The model may learn what those days looked like (lighting, camera, board batch) instead of the defect, and flag good parts as NG. Add OK photos taken on the same days as the NG photos</source>
        <translation>{ng} 张 NG 照片中有 {apart} 张拍摄于没有任何 OK 照片的日子（NG：{ng_days}；OK：{ok_days}）。模型可能学到的是那几天的样子（光线、相机、电路板批次），而不是缺陷本身，从而把良品判为 NG。请加入与 NG 照片同一天拍摄的 OK 照片</translation>
    </message>
    <message>
        <source>The SSH jump host {host} was new: its {key_type} key {fingerprint} is trusted from now on (recorded in {file}). If IT did not set up this server just now, check the fingerprint with them</source>
        <translation>SSH 跳板主机 {host} 是第一次连接：从现在起信任它的 {key_type} 密钥 {fingerprint}（记录于 {file}）。如果 IT 并非刚刚才搭建这台服务器，请向他们核对指纹</translation>
    </message>
    <message>
        <source>Waiting for the orientation of {count} classes</source>
        <translation>等待确认 {count} 个类别的方向</translation>
    </message>
    <message>
        <source>Building the dataset from {total} photos</source>
        <translation>正在用 {total} 张照片建立数据集</translation>
    </message>
    <message>
        <source>{done}/{total} photos</source>
        <translation>{done}/{total} 张照片</translation>
    </message>
    <message>
        <source>Dataset: train {train}, val {val} images; mean {mean}, std {std}</source>
        <translation>数据集：训练 {train} 张、验证 {val} 张图像；均值 {mean}，标准差 {std}</translation>
    </message>
    <message>
        <source>{count} class(es) have no validation photo (a single photo each): {classes}</source>
        <translation>{count} 个类别没有验证照片（每个类别只有一张照片）：{classes}</translation>
    </message>
    <message>
        <source>Left out {file}: {reason}</source>
        <translation>已略过 {file}：{reason}</translation>
    </message>
    <message>
        <source>Label {label} has no validation images: its scores cannot be measured</source>
        <translation>标签 {label} 没有验证图像：无法测量它的分数</translation>
    </message>
    <message>
        <source>Training {architecture} on {backbone} ({image_size} px, {train_images} train / {val_images} val images, {class_count} classes, {accelerator}, {precision})</source>
        <translation>正在以 {backbone} 训练 {architecture}（{image_size} px，训练 {train_images} 张／验证 {val_images} 张图像，{class_count} 个类别，{accelerator}，{precision}）</translation>
    </message>
    <message>
        <source>epoch {epoch}/{max_epochs}</source>
        <translation>第 {epoch}/{max_epochs} 轮</translation>
    </message>
    <message>
        <source>Best model: epoch {epoch}, val {monitor} {score:.4f} -&gt; {path}</source>
        <translation>最佳模型：第 {epoch} 轮，验证 {monitor} {score:.4f} -&gt; {path}</translation>
    </message>
    <message>
        <source>Evaluating the model on {val_images} validation images</source>
        <translation>正在用 {val_images} 张验证图像评估模型</translation>
    </message>
    <message>
        <source>embedding dataset images: {done}/{total}</source>
        <translation>正在计算数据集图像的特征向量：{done}/{total}</translation>
    </message>
    <message>
        <source>Left out of the evaluation: {file}</source>
        <translation>未纳入评估：{file}</translation>
    </message>
    <message>
        <source>Class {cls} has no training photo: it is left out of the module</source>
        <translation>类别 {cls} 没有训练照片：不会放入部署模块</translation>
    </message>
    <message>
        <source>exporting the deployable module</source>
        <translation>正在导出部署模块</translation>
    </message>
    <message>
        <source>Evaluating {total} labelled photos from {folder}</source>
        <translation>正在评估 {folder} 中的 {total} 张已标注照片</translation>
    </message>
    <message>
        <source>Evaluation of {folder}: accuracy {accuracy:.4f}, false accepts {false_accept_rate:.4f}, false rejects {false_reject_rate:.4f}</source>
        <translation>{folder} 的评估：准确率 {accuracy:.4f}，误判为良品 {false_accept_rate:.4f}，误判为不良 {false_reject_rate:.4f}</translation>
    </message>
    <message>
        <source>Predicting {total} photos</source>
        <translation>正在预测 {total} 张照片</translation>
    </message>
    <message>
        <source>embedding photos: {done}/{total}</source>
        <translation>正在计算照片的特征向量：{done}/{total}</translation>
    </message>
    <message>
        <source>No site and line id known: the photos&apos; classes cannot be looked up, so their rows have no class, expected orientation or golden similarity (give --site and --line)</source>
        <translation>不知道厂区与产线代号：无法查出照片的类别，因此这些行没有类别、预期方向与黄金样本相似度（请提供 --site 与 --line）</translation>
    </message>
    <message>
        <source>The metadata database cannot be used ({error}): the photos&apos; classes are not looked up, so their rows have no class, expected orientation or golden similarity; their labels are given all the same</source>
        <translation>无法使用数据库（{error}）：未查出照片的类别，因此这些行没有类别、预期方向与黄金样本相似度；标签仍照常判定</translation>
    </message>
    <message>
        <source>calibrating the part checks</source>
        <translation>正在校准元件检查</translation>
    </message>
    <message>
        <source>Class {cls} has fewer than 2 readable good photos: its photos are checked for orientation only, not for wrong or damaged parts. Add good photos of it</source>
        <translation>类别 {cls} 可读取的良品照片不到 2 张：其照片只检查方向，不检查错件或损坏。请加入此类别的良品照片</translation>
    </message>
    <message>
        <source>Class {cls} has no NG photos: a wrong or missing part there is caught only when it looks unlike every good photo, which this run could not test. Add NG photos of it</source>
        <translation>类别 {cls} 没有 NG 照片：该处的错件或缺件只有在与所有良品照片都不像时才会被发现，而本次训练无法验证这一点。请加入此类别的 NG 照片</translation>
    </message>
    <message>
        <source>Class {cls}: {passed} of its {ng} NG photos look like its good parts to the part check. Check those photos, or add more good and NG photos of it</source>
        <translation>类别 {cls}：在元件检查看来，其 {ng} 张 NG 照片中有 {passed} 张像良品。请检查这些照片，或加入更多此类别的良品与 NG 照片</translation>
    </message>
    <message>
        <source>checking the validation photos</source>
        <translation>正在检查验证照片</translation>
    </message>
    <message>
        <source>Class {cls} misses the targets on the validation photos: {passed} of {non_matching} photos to reject passed, {flagged} of {matching} good parts flagged. Add {add_text} of it, then train again</source>
        <translation>类别 {cls} 在验证照片上未达目标：{non_matching} 张应剔除的照片中有 {passed} 张被放行，{matching} 个良品中有 {flagged} 个被判为不良。请加入此类别的{add_text}后重新训练</translation>
    </message>
    <message>
        <source>Fit for the line: on the validation photos false accepts {far:.2%} (target at most {max_far:.2%}), false rejects {frr:.2%} (target at most {max_frr:.2%})</source>
        <translation>可上线使用：在验证照片上，误判为良品 {far:.2%}（目标最多 {max_far:.2%}），误判为不良 {frr:.2%}（目标最多 {max_frr:.2%}）</translation>
    </message>
    <message>
        <source>Trained, but NOT fit for the line: on the validation photos false accepts {far:.2%} (target at most {max_far:.2%}), false rejects {frr:.2%} (target at most {max_frr:.2%}); classes that miss: {classes}</source>
        <translation>已完成训练，但“不宜”上线使用：在验证照片上，误判为良品 {far:.2%}（目标最多 {max_far:.2%}），误判为不良 {frr:.2%}（目标最多 {max_frr:.2%}）；未达目标的类别：{classes}</translation>
    </message>
    <message>
        <source>Evaluation: precision@1 {precision_at_1:.4f}, MAP@R {map_at_r:.4f}; {suspects} suspects; ONNX max abs diff {onnx_max_abs_diff:.2e}</source>
        <translation>评估：首位命中率 precision@1 {precision_at_1:.4f}，平均精确度 MAP@R {map_at_r:.4f}；{suspects} 张可疑图像；ONNX 最大绝对误差 {onnx_max_abs_diff:.2e}</translation>
    </message>
    <message>
        <source>On the validation photos the check would have labelled {label_accuracy:.1%} right, passed {false_accepts} of {non_matching} photos the line must reject and flagged {false_rejects} of {matching} good parts (at 95% confidence at most {false_accept_upper_95:.4f} and {false_reject_upper_95:.4f} with this many photos)</source>
        <translation>在验证照片上，检查会标对 {label_accuracy:.1%}，在 {non_matching} 张产线必须剔除的照片中放行 {false_accepts} 张，并把 {matching} 个良品中的 {false_rejects} 个判为不良（以这样的照片数量，95% 置信度下最多 {false_accept_upper_95:.4f} 与 {false_reject_upper_95:.4f}）</translation>
    </message>
    <message>
        <source>checking the parts</source>
        <translation>正在检查元件</translation>
    </message>
    <message>
        <source>input folder {folder} does not exist or is not a folder</source>
        <translation>输入文件夹 {folder} 不存在或不是文件夹</translation>
    </message>
    <message>
        <source>no OK folder in {folder}: put the images the line judged good in {ok} (and bad ones in {ng})</source>
        <translation>{folder} 中没有 OK 文件夹：请将产线判定为良品的图像放在 {ok}（不良品放在 {ng}）</translation>
    </message>
    <message>
        <source>the output folder {out} is the input folder {folder}: the runs would be read as input. Choose an output folder outside {ok} and {ng}</source>
        <translation>输出文件夹 {out} 就是输入文件夹 {folder}：训练结果会被当作输入读取。请选择 {ok} 和 {ng} 以外的输出文件夹</translation>
    </message>
    <message>
        <source>no files under {ok} or {ng}: nothing to train on</source>
        <translation>{ok} 和 {ng} 中都没有文件：没有可训练的数据</translation>
    </message>
    <message>
        <source>no usable OK image in {ok}: see {manifest} for why each file was left out</source>
        <translation>{ok} 中没有可用的 OK 图像：各文件被排除的原因请见 {manifest}</translation>
    </message>
    <message>
        <source>unknown database site {site!r}; the sites in database_configs.json are: {known}. Give one of them or a URL such as sqlite:///path/to/file.sqlite or postgresql://user@host:5432/database</source>
        <translation>未知的数据库站点 {site!r}；database_configs.json 中的站点有：{known}。请指定其中之一，或提供 URL，例如 sqlite:///path/to/file.sqlite 或 postgresql://user@host:5432/database</translation>
    </message>
    <message>
        <source>{db} is not a database URL; use sqlite:///path/to/file.sqlite or postgresql://user@host:5432/database</source>
        <translation>{db} 不是数据库 URL；请使用 sqlite:///path/to/file.sqlite 或 postgresql://user@host:5432/database</translation>
    </message>
    <message>
        <source>{db}: remove the password from the URL (it would end up in logs and the shell history); set {env} or store it in the OS keyring (Settings), or type it when asked</source>
        <translation>{db}：请从 URL 中删除密码（否则会留在日志和 shell 历史记录中）；请设置 {env}、将密码存入操作系统密钥环（设置），或在提示时输入</translation>
    </message>
    <message>
        <source>SQLite database {path} does not exist; check &apos;path&apos; in database_configs.json or the --db URL</source>
        <translation>SQLite 数据库 {path} 不存在；请检查 database_configs.json 中的 &apos;path&apos; 或 --db URL</translation>
    </message>
    <message>
        <source>{where}: the name {host!r} cannot be resolved; check ssh.host in database_configs.json and the network (VPN, DNS)</source>
        <translation>{where}：无法解析名称 {host!r}；请检查 database_configs.json 中的 ssh.host 以及网络（VPN、DNS）</translation>
    </message>
    <message>
        <source>{where} did not answer within {seconds} s (database.connect_timeout_s); check the network, VPN and firewall</source>
        <translation>{where} 在 {seconds} 秒内没有响应（database.connect_timeout_s）；请检查网络、VPN 和防火墙</translation>
    </message>
    <message>
        <source>{where} refused the connection ({why}); check ssh.host and ssh.port in database_configs.json and that sshd runs there</source>
        <translation>{where} 拒绝连接（{why}）；请检查 database_configs.json 中的 ssh.host 和 ssh.port，并确认该主机上的 sshd 正在运行</translation>
    </message>
    <message>
        <source>{where}: no password for SSH user {user!r}; set ssh.key_file in database_configs.json, or {env}, or store it in the OS keyring (Settings)</source>
        <translation>{where}：SSH 用户 {user!r} 没有密码；请在 database_configs.json 中设置 ssh.key_file，或设置 {env}，或将密码存入操作系统密钥环（设置）</translation>
    </message>
    <message>
        <source>{where} refused the login of user {user!r} with {how}; check ssh.user and ssh.key_file in database_configs.json (the public key must be in the user&apos;s authorized_keys there) or {env}</source>
        <translation>{where} 拒绝了用户 {user!r} 以 {how} 登录；请检查 database_configs.json 中的 ssh.user 和 ssh.key_file（公钥必须位于该主机上此用户的 authorized_keys 中）或 {env}</translation>
    </message>
    <message>
        <source>{where} refused the login of user {user!r} ({said}). Check the password ({env}, the OS keyring entry {entry}, or the prompt) and &apos;user&apos; in database_configs.json</source>
        <translation>{where} 拒绝了用户 {user!r} 的登录（{said}）。请检查密码（{env}、操作系统密钥环条目 {entry} 或提示时输入的密码）以及 database_configs.json 中的 &apos;user&apos;</translation>
    </message>
    <message>
        <source>cannot reach {where} ({said}); check host and port in database_configs.json, that the server runs, and the network (VPN)</source>
        <translation>无法连接到 {where}（{said}）；请检查 database_configs.json 中的 host 和 port、服务器是否正在运行，以及网络（VPN）</translation>
    </message>
    <message>
        <source>{where} did not answer within {seconds} s (database.connect_timeout_s) ({said}); check the network and the server</source>
        <translation>{where} 在 {seconds} 秒内没有响应（database.connect_timeout_s）（{said}）；请检查网络和服务器</translation>
    </message>
    <message>
        <source>{where}: {error}</source>
        <translation>{where}：{error}</translation>
    </message>
    <message>
        <source>{file}: cannot read ({error})</source>
        <translation>{file}：无法读取（{error}）</translation>
    </message>
    <message>
        <source>{file}: not valid {kind}: {error}</source>
        <translation>{file}：不是有效的 {kind}：{error}</translation>
    </message>
    <message>
        <source>{file}: expected a mapping of keys to values at the top level</source>
        <translation>{file}：最上层应为键与值的映射（mapping）</translation>
    </message>
    <message>
        <source>{file}: &apos;profiles&apos; must map profile names to settings</source>
        <translation>{file}：&apos;profiles&apos; 必须将配置名称映射到设置</translation>
    </message>
    <message>
        <source>{file}: unknown top-level key(s) {keys}; a profiles file has &apos;profile&apos; (the default) and &apos;profiles&apos;</source>
        <translation>{file}：未知的最上层键 {keys}；配置文件只有 &apos;profile&apos;（默认值）与 &apos;profiles&apos;</translation>
    </message>
    <message>
        <source>{file}: unknown training profile {name}; available: {available}</source>
        <translation>{file}：未知的训练配置 {name}；可用：{available}</translation>
    </message>
    <message>
        <source>{file}: profiles.{name} must be a mapping of settings</source>
        <translation>{file}：profiles.{name} 必须是设置的映射（mapping）</translation>
    </message>
    <message>
        <source>{file}: holds one config (profile {holds}), not profile {wanted}</source>
        <translation>{file}：只含一个配置（配置 {holds}），不是配置 {wanted}</translation>
    </message>
    <message>
        <source>host_key: {key} is not an SSH public key line; give one line as ssh-keyscan prints it, e.g. &apos;ssh-ed25519 AAAAC3Nz...&apos;, or leave it empty</source>
        <translation>host_key：{key} 不是 SSH 公钥行；请填入 ssh-keyscan 输出的一行，例如 &apos;ssh-ed25519 AAAAC3Nz...&apos;，或留空</translation>
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
        <translation>{file}：{site}：密码不应写在配置文件中；请移除 {keys}，并将密码存入操作系统密钥环（设置）或 HOAM_DB_PASSWORD 环境变量</translation>
    </message>
    <message>
        <source>no space left on the disk holding {path} (mounted at {mount}, {free} MB free now); free some space there or choose another output folder, then resume the run</source>
        <translation>存放 {path} 的磁盘已无可用空间（挂载于 {mount}，当前剩余 {free} MB）；请在该磁盘上腾出空间或选择其他输出文件夹，然后继续此次训练</translation>
    </message>
    <message>
        <source>cannot store the password: this machine has no OS keyring (Windows Credential Manager, macOS Keychain or a Secret Service such as GNOME Keyring). Set the {db_env} or {ssh_env} environment variable instead, or type the password when asked.</source>
        <translation>无法保存密码：这台电脑没有操作系统密钥环（Windows 凭据管理器、macOS 钥匙串或 GNOME Keyring 等 Secret Service）。请改为设置环境变量 {db_env} 或 {ssh_env}，或在询问时输入密码。</translation>
    </message>
    <message>
        <source>cannot delete the password: this machine has no OS keyring (Windows Credential Manager, macOS Keychain or a Secret Service such as GNOME Keyring). Set the {db_env} or {ssh_env} environment variable instead, or type the password when asked.</source>
        <translation>无法删除密码：这台电脑没有操作系统密钥环（Windows 凭据管理器、macOS 钥匙串或 GNOME Keyring 等 Secret Service）。请改为设置环境变量 {db_env} 或 {ssh_env}，或在询问时输入密码。</translation>
    </message>
    <message>
        <source>the OS keyring refused to store the password for {user} ({service}): {why}. Unlock the keyring and try again.</source>
        <translation>操作系统密钥环拒绝保存 {user}（{service}）的密码：{why}。请解锁密钥环后再试一次。</translation>
    </message>
    <message>
        <source>the OS keyring refused to delete the password for {user} ({service}): {why}. Unlock the keyring and try again.</source>
        <translation>操作系统密钥环拒绝删除 {user}（{service}）的密码：{why}。请解锁密钥环后再试一次。</translation>
    </message>
    <message>
        <source>{file}, profile {profile}, with the overrides</source>
        <translation>{file}（训练配置 {profile}）加上覆盖设置</translation>
    </message>
    <message>
        <source>{where}: must not be empty</source>
        <translation>{where}：不能为空</translation>
    </message>
    <message>
        <source>{where}: expected a section (mapping), got {got}</source>
        <translation>{where}：应为配置段（mapping），实际为 {got}</translation>
    </message>
    <message>
        <source>{where}: expected a list, got {value}</source>
        <translation>{where}：应为列表，实际为 {value}</translation>
    </message>
    <message>
        <source>{where}: expected a mapping, got {value}</source>
        <translation>{where}：应为映射（mapping），实际为 {value}</translation>
    </message>
    <message>
        <source>{where}: expected true or false, got {value}</source>
        <translation>{where}：应为 true 或 false，实际为 {value}</translation>
    </message>
    <message>
        <source>{where}: expected a whole number, got {value}</source>
        <translation>{where}：应为整数，实际为 {value}</translation>
    </message>
    <message>
        <source>{where}: expected a number, got {value}</source>
        <translation>{where}：应为数字，实际为 {value}</translation>
    </message>
    <message>
        <source>{where}: expected text, got {value}</source>
        <translation>{where}：应为文本，实际为 {value}</translation>
    </message>
    <message>
        <source>{where}: {value} is not allowed; use one of: {allowed}</source>
        <translation>{where}：不允许 {value}；请使用下列其中之一：{allowed}</translation>
    </message>
    <message>
        <source>{where}: {value} is below the minimum {lo}</source>
        <translation>{where}：{value} 低于最小值 {lo}</translation>
    </message>
    <message>
        <source>{where}: {value} is above the maximum {hi}</source>
        <translation>{where}：{value} 高于最大值 {hi}</translation>
    </message>
    <message>
        <source>{where}: unknown key(s) {keys}; allowed: {allowed}{hint}</source>
        <translation>{where}：未知的键 {keys}；允许的键：{allowed}{hint}</translation>
    </message>
    <message>
        <source>unknown key(s) {keys}; allowed: {allowed}{hint}</source>
        <translation>未知的键 {keys}；允许的键：{allowed}{hint}</translation>
    </message>
    <message>
        <source>; nest dotted keys (optim: {{epochs: 5}}, not optim.epochs: 5)</source>
        <translation>；带点的键请改用嵌套写法（optim: {{epochs: 5}}，而不是 optim.epochs: 5）</translation>
    </message>
    <message>
        <source>{where}: missing (required)</source>
        <translation>{where}：缺少此项（必填）</translation>
    </message>
    <message>
        <source>override {pair!r}: expected section.key=value</source>
        <translation>覆盖设置 {pair!r}：格式应为 section.key=value</translation>
    </message>
    <message>
        <source>image_size {size} must be a multiple of 32 (the backbone&apos;s stride), e.g. {below} or {above}</source>
        <translation>image_size {size} 必须是 32 的倍数（骨干网络的步幅），例如 {below} 或 {above}</translation>
    </message>
    <message>
        <source>batch_size ({batch}) must be a multiple of m_per_class ({m}): use batch_size {sizes}, or m_per_class one of {ms}</source>
        <translation>batch_size（{batch}）必须是 m_per_class（{m}）的倍数：请将 batch_size 设为 {sizes}，或将 m_per_class 设为 {ms} 其中之一</translation>
    </message>
    <message>
        <source>branch_channels ({channels}) must be divisible by attention_heads ({heads})</source>
        <translation>branch_channels（{channels}）必须能被 attention_heads（{heads}）整除</translation>
    </message>
    <message>
        <source>backbone: {name} is not a timm model name; use e.g. tf_efficientnet_lite0 or efficientnetv2_rw_s</source>
        <translation>backbone：{name} 不是 timm 的模型名称；请改用例如 tf_efficientnet_lite0 或 efficientnetv2_rw_s</translation>
    </message>
    <message>
        <source>model.pretrained: {file} does not exist or is not a file; point it at a .pth/.pt/.safetensors file with backbone weights, or use {packaged} or {none}</source>
        <translation>model.pretrained：{file} 不存在或不是文件；请指向包含骨干网络权重的 .pth/.pt/.safetensors 文件，或改用 {packaged} 或 {none}</translation>
    </message>
    <message>
        <source>model.pretrained: {pretrained} needs a backbone whose weights come with HOAM Trainer ({backbones}), not {backbone}; set model.backbone to one of them, or model.pretrained to a weights file or {none}</source>
        <translation>model.pretrained：{pretrained} 需要 HOAM Trainer 随附权重的骨干网络（{backbones}），而不是 {backbone}；请把 model.backbone 设为其中之一，或把 model.pretrained 设为权重文件或 {none}</translation>
    </message>
    <message>
        <source>The ImageNet weights of {backbone} are missing (Python package {package} is not installed or incomplete); reinstall HOAM Trainer</source>
        <translation>找不到 {backbone} 的 ImageNet 权重（Python 包 {package} 未安装或不完整）；请重新安装 HOAM Trainer</translation>
    </message>
    <message>
        <source>{file}: {found} tensors, the backbone has {expected}; the file does not hold this backbone&apos;s weights</source>
        <translation>{file}：有 {found} 个张量，骨干网络有 {expected} 个；此文件不是这个骨干网络的权重</translation>
    </message>
    <message>
        <source>{file}: {source_key} has shape {found}, {key} of the backbone needs {expected}; the file does not hold this backbone&apos;s weights</source>
        <translation>{file}：{source_key} 的形状是 {found}，骨干网络的 {key} 需要 {expected}；此文件不是这个骨干网络的权重</translation>
    </message>
    <message>
        <source>margin: {margin} {unit} is 90 degrees or more; ArcFace margins are usually 0.5 radians (28.6 degrees)</source>
        <translation>margin：{margin} {unit} 已达 90 度或以上；ArcFace 的 margin 通常为 0.5 弧度（28.6 度）</translation>
    </message>
    <message>
        <source>Class {cls}: {count} of its good photos look unlike all the others ({files}); a wrong or missing part filed as good? Check them</source>
        <translation>类别 {cls}：有 {count} 张良品照片与其他照片都不像（{files}）；是否有错件或缺件被归为良品？请检查这些照片</translation>
    </message>
    <message>
        <source>Class {cls} misses the targets on the validation photos: {passed} of {non_matching} photos to reject passed, {flagged} of {matching} good parts flagged. Add {add_text} of it, then train again; most of its mistakes take the part for itself turned 180 degrees: if it looks the same turned so, say so in the orientation dialog</source>
        <translation>类别 {cls} 在验证照片上未达目标：{non_matching} 张应剔除的照片中有 {passed} 张被放行，{matching} 个良品中有 {flagged} 个被判为不良。请加入此类别的{add_text}后重新训练；它的错误大多是把元件当成自己旋转 180 度的样子：若它旋转 180 度后看起来一样，请在方向对话框中注明</translation>
    </message>
    <message>
        <source>arcface_weight, triplet_weight and center_weight are all 0; give one a weight</source>
        <translation>arcface_weight、triplet_weight 和 center_weight 均为 0；请至少为其中一项设置大于 0 的权重</translation>
    </message>
    <message>
        <source>waiting for orientation answers</source>
        <translation>等待方向确认</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>已由用户取消</translation>
    </message>
    <message>
        <source>stopped after {stage}; resume to continue</source>
        <translation>已在 {stage} 之后停止；请继续运行以完成</translation>
    </message>
    <message>
        <source>the training process ended unexpectedly (exit code {exit_code}); the run can be resumed from History</source>
        <translation>训练进程意外结束（退出代码 {exit_code}）；可从历史记录继续此训练</translation>
    </message>
    <message>
        <source>no training images of an OK class: every class was excluded or is empty; answer at least one class with Up, Down, Left or Right</source>
        <translation>没有任何 OK 类别的训练图像：所有类别都已排除或没有图像；请至少为一个类别回答上、下、左或右</translation>
    </message>
    <message>
        <source>no validation photo at all: a class gives some of its photos to validation only when it has 2 or more; add photos and start a new run</source>
        <translation>完全没有验证照片：类别须有 2 张以上照片，才会分出部分作为验证；请加入照片后重新开始训练</translation>
    </message>
    <message>
        <source>no readable training image: see the warnings above</source>
        <translation>没有可读取的训练图像：请参阅上方的警告</translation>
    </message>
    <message>
        <source>no class has validation photos in its confirmed orientation: thresholds cannot be calibrated; raise dataset.val_fraction</source>
        <translation>没有任何类别有符合其已确认方向的验证照片：无法校准阈值；请调高 dataset.val_fraction</translation>
    </message>
    <message>
        <source>{folder}: {n} readable validation image(s); the model cannot be evaluated. Add photos, or raise dataset.val_fraction (e.g. to 0.3), and start a new run</source>
        <translation>{folder}：只有 {n} 张可读取的验证图像，无法评估模型。请加入照片，或提高 dataset.val_fraction（例如 0.3），再重新开始训练</translation>
    </message>
    <message>
        <source>{folder} is already being worked on by another process (pid in {file}); wait for it or close that window</source>
        <translation>{folder} 正由另一个进程使用中（pid 记录在 {file} 中）；请等待它完成，或关闭该窗口</translation>
    </message>
    <message>
        <source>cannot lock {folder}</source>
        <translation>无法锁定 {folder}</translation>
    </message>
    <message>
        <source>{folder} is not a run folder (no state.json)</source>
        <translation>{folder} 不是训练文件夹（没有 state.json）</translation>
    </message>
    <message>
        <source>trainer.accelerator is gpu, but no CUDA GPU is usable here (no NVIDIA GPU, driver or CUDA build of PyTorch); use the cpu profile or trainer.accelerator: auto</source>
        <translation>trainer.accelerator 设为 gpu，但这台电脑没有可用的 CUDA GPU（没有 NVIDIA GPU、驱动程序或 CUDA 版 PyTorch）；请改用 cpu 训练配置，或设置 trainer.accelerator: auto</translation>
    </message>
    <message>
        <source>{folder}: nothing to resume (no {file}); start a new training</source>
        <translation>{folder}：没有可继续的训练（没有 {file}）；请开始新的训练</translation>
    </message>
    <message>
        <source>{file}: resuming needs the config the run started with; these differ: {keys}</source>
        <translation>{file}：继续训练需使用此次训练开始时的配置；以下项目不同：{keys}</translation>
    </message>
    <message>
        <source>{folder}: already holds a training ({file}); resume it or train into another folder</source>
        <translation>{folder}：已有一次训练（{file}）；请继续该训练，或改用其他文件夹进行训练</translation>
    </message>
    <message>
        <source>{file}: refused: the checkpoint holds Python objects other than weights, which could run code when loaded; delete {folder} and train again</source>
        <translation>{file}：已拒绝加载：该检查点包含权重以外的 Python 对象，加载时可能执行代码；请删除 {folder} 后重新训练</translation>
    </message>
    <message>
        <source>training ended without a validated epoch: no best model to save</source>
        <translation>训练结束时没有任何完成验证的一轮：没有可保存的最佳模型</translation>
    </message>
    <message>
        <source>data.batch_size {batch} with data.m_per_class {m} needs {per_batch} classes per batch, but the dataset has {classes}. With m_per_class {m} use batch_size {sizes}; with batch_size {batch} use m_per_class {ms}</source>
        <translation>data.batch_size {batch} 搭配 data.m_per_class {m} 时，每个批次需要 {per_batch} 个类别，但数据集只有 {classes} 个。m_per_class 为 {m} 时请将 batch_size 设为 {sizes}；batch_size 为 {batch} 时请将 m_per_class 设为 {ms}</translation>
    </message>
    <message>
        <source>cannot hard-link {file} into {folder} ({error}); set ingest.link_mode to auto or copy (a hard link needs input and output on one drive)</source>
        <translation>无法将 {file} 以硬链接放入 {folder}（{error}）；请将 ingest.link_mode 设为 auto 或 copy（硬链接要求输入与输出位于同一个磁盘）</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
    </message>
    <message>
        <source>a link to a file that does not exist</source>
        <translation>链接指向不存在的文件</translation>
    </message>
    <message>
        <source>file disappeared while reading</source>
        <translation>读取时文件已消失</translation>
    </message>
    <message>
        <source>no permission to read the file</source>
        <translation>没有读取此文件的权限</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>空文件（0 字节）</translation>
    </message>
    <message>
        <source>not an image Pillow can read (corrupt header or wrong extension)</source>
        <translation>不是 Pillow 能读取的图像（文件头损坏或扩展名错误）</translation>
    </message>
    <message>
        <source>image is far too large (over {limit:,} pixels)</source>
        <translation>图像过大（超过 {limit:,} 像素）</translation>
    </message>
    <message>
        <source>cannot read: {error}</source>
        <translation>无法读取：{error}</translation>
    </message>
    <message>
        <source>image is far too large ({width}x{height} pixels, limit {limit:,})</source>
        <translation>图像过大（{width}x{height} 像素，上限 {limit:,}）</translation>
    </message>
    <message>
        <source>image is only {width}x{height} pixels</source>
        <translation>图像只有 {width}x{height} 像素</translation>
    </message>
    <message>
        <source>an animation ({format}, {frames} frames), not one photo; save a single frame</source>
        <translation>是动画（{format}，{frames} 帧），不是单张照片；请只保存单独一帧</translation>
    </message>
    <message>
        <source>truncated or damaged image data</source>
        <translation>图像数据不完整或已损坏</translation>
    </message>
    <message>
        <source>cannot decode: {error}</source>
        <translation>无法解码：{error}</translation>
    </message>
    <message>
        <source>the name holds bytes that are not UTF-8 text (copied from a system with another encoding?); rename the file</source>
        <translation>文件名含有不是 UTF-8 文本的字节（是否从使用其他编码的系统复制而来？）；请重命名文件</translation>
    </message>
    <message>
        <source>no file extension (expected .jpg, .jpeg, .png or .bmp)</source>
        <translation>没有扩展名（应为 .jpg、.jpeg、.png 或 .bmp）</translation>
    </message>
    <message>
        <source>extension .{ext} is not an image type (jpg, jpeg, png, bmp)</source>
        <translation>扩展名 .{ext} 不是图像类型（jpg、jpeg、png、bmp）</translation>
    </message>
    <message>
        <source>more than one dot in the name</source>
        <translation>文件名中有不止一个点（.）</translation>
    </message>
    <message>
        <source>expected exactly one &apos;@&apos; between board and component</source>
        <translation>电路板与元件之间应恰好有一个 &apos;@&apos;</translation>
    </message>
    <message>
        <source>does not start with a 14-digit timestamp (YYYYmmddHHMMSS)</source>
        <translation>开头不是 14 位数字的时间戳（YYYYmmddHHMMSS）</translation>
    </message>
    <message>
        <source>timestamp {timestamp} is not a real date and time</source>
        <translation>时间戳 {timestamp} 不是有效的日期和时间</translation>
    </message>
    <message>
        <source>no board serial between timestamp and &apos;@&apos;</source>
        <translation>时间戳与 &apos;@&apos; 之间没有电路板序列号</translation>
    </message>
    <message>
        <source>expected {{component}}_{{index}}_{{light}} after &apos;@&apos;</source>
        <translation>&apos;@&apos; 之后应为 {{component}}_{{index}}_{{light}}</translation>
    </message>
    <message>
        <source>light token {light} is empty or has characters other than letters, digits, &apos;-&apos;</source>
        <translation>光源代号 {light} 为空，或含有字母、数字、&apos;-&apos; 以外的字符</translation>
    </message>
    <message>
        <source>no numeric index before the light token (found {index})</source>
        <translation>光源代号前没有数字编号（实际为 {index}）</translation>
    </message>
    <message>
        <source>empty component name</source>
        <translation>元件名称为空</translation>
    </message>
    <message>
        <source>unreadable: {reason}</source>
        <translation>无法读取：{reason}</translation>
    </message>
    <message>
        <source>class unknown: {reason}</source>
        <translation>类别不明：{reason}</translation>
    </message>
    <message>
        <source>class unknown: the metadata database cannot be used</source>
        <translation>类别不明：无法使用数据库</translation>
    </message>
    <message>
        <source>class unknown: no product for {image_path} in the metadata database</source>
        <translation>类别不明：数据库中没有 {image_path} 的产品</translation>
    </message>
    <message>
        <source>class unknown: this model was not trained on component {component} ({light}) of product {product}</source>
        <translation>类别不明：此模型没有训练过产品 {product} 的元件 {component}（{light}）</translation>
    </message>
    <message>
        <source>{folder} is not a deployable module (no {file}); give a run folder whose evaluation finished, or its export/ folder</source>
        <translation>{folder} 不是部署模块（没有 {file}）；请指定已完成评估的训练文件夹，或其中的 export/ 文件夹</translation>
    </message>
    <message>
        <source>{file}: format {format} version {version} is not one this version reads ({ours} {our_version}); update HOAM Trainer</source>
        <translation>{file}：此版本无法读取格式 {format} 的版本 {version}（此版本读取 {ours} {our_version}）；请更新 HOAM Trainer</translation>
    </message>
    <message>
        <source>{file}: refused: the file holds Python objects other than weights, which could run code when loaded ({error}). Only load models from HOAM Trainer or people you trust.</source>
        <translation>{file}：已拒绝加载：该文件包含权重以外的 Python 对象，加载时可能执行代码（{error}）。请只加载来自 HOAM Trainer 或可信任人员的模型。</translation>
    </message>
    <message>
        <source>{file}: cannot read the model file ({error})</source>
        <translation>{file}：无法读取模型文件（{error}）</translation>
    </message>
    <message>
        <source>{file}: not a HOAM Trainer model bundle (best_model.pt); an older tool&apos;s plain state_dict loads with hoam_core.models.load_legacy_state_dict</source>
        <translation>{file}：不是 HOAM Trainer 的模型包（best_model.pt）；旧版工具生成的纯 state_dict 可用 hoam_core.models.load_legacy_state_dict 加载</translation>
    </message>
    <message>
        <source>{file}: written by a newer HOAM Trainer (format {version}); update</source>
        <translation>{file}：由较新版本的 HOAM Trainer 写入（格式 {version}）；请更新</translation>
    </message>
    <message>
        <source>{folder}: its part checks were made with another check network ({made}; this installation has {ours}); train the model again with this version</source>
        <translation>{folder}：其元件检查是用另一个检查网络建立的（{made}；此安装为 {ours}）；请用此版本重新训练模型</translation>
    </message>
    <message>
        <source>{file}: the weights do not fit the model it describes ({error})</source>
        <translation>{file}：权重与文件所描述的模型不匹配（{error}）</translation>
    </message>
    <message>
        <source>Password for {user} ({service}):</source>
        <translation>{user}（{service}）的密码：</translation>
    </message>
    <message>
        <source>{file}: cannot read backbone weights ({error}); expected a .pth/.pt/.safetensors file holding a state_dict</source>
        <translation>{file}：无法读取骨干网络权重（{error}）；应为包含 state_dict 的 .pth/.pt/.safetensors 文件</translation>
    </message>
    <message>
        <source>{file}: weights do not fit timm backbone {backbone}: {problems}. Use a state_dict saved from that timm model (the full model or its features_only backbone).</source>
        <translation>{file}：权重与 timm 骨干网络 {backbone} 不匹配：{problems}。请使用从该 timm 模型保存的 state_dict（完整模型或其 features_only 骨干网络）。</translation>
    </message>
    <message>
        <source>SQLite database {path}</source>
        <translation>SQLite 数据库 {path}</translation>
    </message>
    <message>
        <source>PostgreSQL server {host}:{port} (database {database!r})</source>
        <translation>PostgreSQL 服务器 {host}:{port}（数据库 {database!r}）</translation>
    </message>
    <message>
        <source>PostgreSQL server {host}:{port} (database {database!r}) through SSH jump host {ssh_host}:{ssh_port}</source>
        <translation>经由 SSH 跳板主机 {ssh_host}:{ssh_port} 连接的 PostgreSQL 服务器 {host}:{port}（数据库 {database!r}）</translation>
    </message>
    <message>
        <source>SSH jump host {host}:{port}</source>
        <translation>SSH 跳板主机 {host}:{port}</translation>
    </message>
    <message>
        <source>model.frozen_blocks: backbone {name} has no stem and blocks to keep (only EfficientNet-style backbones have); set it to 0</source>
        <translation>model.frozen_blocks：骨干网络 {name} 没有可保留的 stem 与 blocks（只有 EfficientNet 类的骨干网络有）；请设为 0</translation>
    </message>
    <message>
        <source>user {user!r} may not read table {table!r} on {where} ({said}); ask the database administrator to GRANT SELECT on it</source>
        <translation>用户 {user!r} 无权读取 {where} 上的数据表 {table!r}（{said}）；请联系数据库管理员对该数据表执行 GRANT SELECT</translation>
    </message>
    <message>
        <source>{file}: this training started on other classes than its dataset holds now ({classes}), so it cannot be resumed (a run of an earlier version of the app, or a changed dataset); start a new run</source>
        <translation>{file}：这次训练开始时的类别与数据集现在的类别（{classes}）不同，因此无法继续（这是旧版程序的运行，或数据集已更改）；请开始新的运行</translation>
    </message>
    <message>
        <source>{where}: database {database!r} does not exist; check &apos;database&apos; in database_configs.json</source>
        <translation>{where}：数据库 {database!r} 不存在；请检查 database_configs.json 中的 &apos;database&apos;</translation>
    </message>
    <message>
        <source>{where}: {said}; table {table!r} needs the columns {needed} (check &apos;table&apos; in database_configs.json)</source>
        <translation>{where}：{said}；数据表 {table!r} 需要列 {needed}（请检查 database_configs.json 中的 &apos;table&apos;）</translation>
    </message>
    <message>
        <source>a query on {where} took longer than {seconds} s (database.query_timeout_s) ({said}); raise it, lower database.chunk_size, or ask for an index on (site, line_id, image_path)</source>
        <translation>{where} 上的查询超过 {seconds} 秒（database.query_timeout_s）（{said}）；请调高此值、调低 database.chunk_size，或请数据库管理员在 (site, line_id, image_path) 上建立索引</translation>
    </message>
    <message>
        <source>{where} cannot be read as an SQLite database ({said}); check &apos;path&apos; in database_configs.json or the --db URL</source>
        <translation>无法将 {where} 读取为 SQLite 数据库（{said}）；请检查 database_configs.json 中的 &apos;path&apos; 或 --db URL</translation>
    </message>
    <message>
        <source>lost the connection to {where} during the lookup ({said}); check the server and the network, then run again</source>
        <translation>查询期间与 {where} 的连接中断（{said}）；请检查服务器和网络，然后重新运行</translation>
    </message>
    <message>
        <source>the metadata query on {where} failed: {said}</source>
        <translation>{where} 上的元数据查询失败：{said}</translation>
    </message>
    <message>
        <source>{where}: no SSH session ({said}); check that ssh.host and ssh.port name an SSH server</source>
        <translation>{where}：无法建立 SSH 会话（{said}）；请确认 ssh.host 和 ssh.port 指向的是 SSH 服务器</translation>
    </message>
    <message>
        <source>{what} is protected by a passphrase; set {env}, store it in the OS keyring (Settings) or type it when asked</source>
        <translation>{what} 受密码短语保护；请设置 {env}、将密码短语存入操作系统密钥环（设置），或在提示时输入</translation>
    </message>
    <message>
        <source>{jump} accepted the login but could not open a connection to {host}:{port} ({said}); check host and port as seen from the jump host, and that it allows TCP forwarding</source>
        <translation>{jump} 已接受登录，但无法打开到 {host}:{port} 的连接（{said}）；请从跳板机的角度检查 host 和 port，并确认跳板机允许 TCP 转发</translation>
    </message>
    <message>
        <source>{where} has no table {table!r} (tables there: {listed}); check &apos;table&apos; in database_configs.json</source>
        <translation>{where} 中没有数据表 {table!r}（现有数据表：{listed}）；请检查 database_configs.json 中的 &apos;table&apos;</translation>
    </message>
    <message>
        <source>table {table!r} in {where} lacks the column(s) {missing}; the lookup needs {needed}</source>
        <translation>{where} 中的数据表 {table!r} 缺少列 {missing}；查询需要 {needed}</translation>
    </message>
    <message>
        <source>Predictions for {images} photos written to {out}: {labels}; {unreadable} unreadable, {class_unknown} of unknown class</source>
        <translation>{images} 张照片的预测结果已写入 {out}：{labels}；{unreadable} 张无法读取，{class_unknown} 张类别不明</translation>
    </message>
    <message>
        <source>What the training process did when it ended is saved in {file}</source>
        <translation>训练进程结束时的情况已保存在 {file}</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>CPU (any computer)</source>
        <translation>CPU（任何电脑）</translation>
    </message>
    <message>
        <source>GPU (NVIDIA, CUDA)</source>
        <translation>GPU（NVIDIA、CUDA）</translation>
    </message>
    <message>
        <source>Demo (small and quick)</source>
        <translation>演示（小而快）</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>waiting for orientation answers</source>
        <translation>等待方向确认</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>interrupted (resume it)</source>
        <translation>已中断（可继续运行）</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Read images and metadata</source>
        <translation>读取图像与数据库信息</translation>
    </message>
    <message>
        <source>Orientation answers</source>
        <translation>确认方向</translation>
    </message>
    <message>
        <source>Build the dataset</source>
        <translation>建立数据集</translation>
    </message>
    <message>
        <source>Train the model</source>
        <translation>训练模型</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>评估</translation>
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
        <translation>平均精确度 MAP@R</translation>
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
        <translation>NG 照片与良品照片</translation>
    </message>
    <message>
        <source>NG (defect)</source>
        <translation>NG（不良）</translation>
    </message>
    <message>
        <source>R-precision</source>
        <translation>R 精确率</translation>
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
        <translation>准确率</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>训练轮次</translation>
    </message>
    <message>
        <source>false-accept rate</source>
        <translation>误判为良品率</translation>
    </message>
    <message>
        <source>false-reject rate</source>
        <translation>误判为不良率</translation>
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
        <translation>适用于只拿每张照片与其类别黄金样本比对的产线：上述检查不使用这个阈值。</translation>
    </message>
    <message>
        <source>Labels the check gives</source>
        <translation>检查给出的标签</translation>
    </message>
    <message>
        <source>Each validation photo by its true label (rows) and the label the check gives it (columns): the orientation vote of the nearest good photos, then the part check of its class.</source>
        <translation>每张验证照片按其真实标签（行）与检查给它的标签（列）排列：先由最相近的良品照片投票决定方向，再做其类别的元件检查。</translation>
    </message>
    <message>
        <source>Labelled right, per label</source>
        <translation>各标签的标对比例</translation>
    </message>
    <message>
        <source>The share of the validation photos of each true label that the check labels right.</source>
        <translation>每个真实标签的验证照片中，检查标对的比例。</translation>
    </message>
    <message>
        <source>Likeness to the golden sample</source>
        <translation>与黄金样本的相似度</translation>
    </message>
    <message>
        <source>Per class: how alike the validation photos are to the class&apos;s golden sample; good parts in their orientation in green, turned parts and NG photos in red, the golden threshold dashed.</source>
        <translation>按类别：验证照片与该类别黄金样本的相似程度；方向正确的良品为绿色，转向的元件与 NG 照片为红色，虚线为黄金样本阈值。</translation>
    </message>
    <message>
        <source>Golden threshold: errors</source>
        <translation>黄金样本阈值：错误率</translation>
    </message>
    <message>
        <source>Per class: the share of turned parts and NG photos passed (red) and of good parts flagged (blue) at each golden threshold; the chosen one dashed.</source>
        <translation>按类别：在各个黄金样本阈值下，转向元件与 NG 照片被放行的比例（红色）与良品被判为不良的比例（蓝色）；虚线为所选的阈值。</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>name not in the AOI format</source>
        <translation>文件名不符合 AOI 格式</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>不是图像</translation>
    </message>
    <message>
        <source>not in the database</source>
        <translation>数据库中没有</translation>
    </message>
    <message>
        <source>unreadable image</source>
        <translation>无法读取的图像</translation>
    </message>
    <message>
        <source>unreadable folder</source>
        <translation>无法读取的文件夹</translation>
    </message>
    <message>
        <source>link to a folder</source>
        <translation>指向文件夹的链接</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>excluded by the engineer</source>
        <translation>工程师排除</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>ArcFace angular margin (in margin_unit): how far apart the labels are pushed</source>
        <translation>ArcFace 角度边界（单位见 margin_unit）：各标签被推开的距离</translation>
    </message>
    <message>
        <source>ArcFace logit scale</source>
        <translation>ArcFace 的 logit 缩放倍数</translation>
    </message>
    <message>
        <source>GPUs (or CPU processes) to train on</source>
        <translation>用于训练的 GPU 数（或 CPU 进程数）</translation>
    </message>
    <message>
        <source>HOAMV2 adds an edge layer and average + max pooling; HOAM is the original network</source>
        <translation>HOAMV2 多了边缘层与平均 + 最大池化；HOAM 为原始网络</translation>
    </message>
    <message>
        <source>attention heads; branch_channels must be a multiple</source>
        <translation>注意力头数；branch_channels 必须是它的倍数</translation>
    </message>
    <message>
        <source>centres per label: more lets a label hold several looks</source>
        <translation>每个标签的中心数：越多，一个标签可容纳越多种外观</translation>
    </message>
    <message>
        <source>computers to train on</source>
        <translation>用于训练的电脑台数</translation>
    </message>
    <message>
        <source>decoded photos in memory, or in a file for large sets; auto chooses</source>
        <translation>解码后的照片放在内存中，或在大型数据集时放在文件中；auto 自动选择</translation>
    </message>
    <message>
        <source>epochs in which the learning rate rises from 0</source>
        <translation>学习率从 0 逐步上升的轮数</translation>
    </message>
    <message>
        <source>how much nearer a photo must be to its own label</source>
        <translation>照片需要比其他标签更接近自身标签多少</translation>
    </message>
    <message>
        <source>how several GPUs share the work</source>
        <translation>多张 GPU 如何分工</translation>
    </message>
    <message>
        <source>hybrid: ArcFace + triplet + center loss; arcface: ArcFace only</source>
        <translation>hybrid：ArcFace + 三元组 + 中心损失；arcface：只用 ArcFace</translation>
    </message>
    <message>
        <source>keeps the weights small against over-fitting</source>
        <translation>让权重保持较小，以防过拟合</translation>
    </message>
    <message>
        <source>learning rate of the label centres</source>
        <translation>标签中心的学习率</translation>
    </message>
    <message>
        <source>learning rate: how large the training steps are</source>
        <translation>学习率：每一步训练调整的幅度</translation>
    </message>
    <message>
        <source>length of the vector that describes a photo</source>
        <translation>描述一张照片的向量长度</translation>
    </message>
    <message>
        <source>limit of a step&apos;s size against jumps; 0: no limit</source>
        <translation>每一步幅度的上限，避免剧烈跳动；0：不限制</translation>
    </message>
    <message>
        <source>number precision: auto is mixed on a GPU, full on a CPU</source>
        <translation>数值精度：auto 在 GPU 上用混合精度，在 CPU 上用完整精度</translation>
    </message>
    <message>
        <source>passes over the training photos; more takes longer</source>
        <translation>把所有训练照片看过几轮；越多越耗时</translation>
    </message>
    <message>
        <source>photos are scaled to this square size (a multiple of 32): larger sees more detail, trains slower</source>
        <translation>照片缩放成此边长的正方形（32 的倍数）：越大看得越细，但训练越慢</translation>
    </message>
    <message>
        <source>photos of each label in a step</source>
        <translation>每一步中每个标签的照片数</translation>
    </message>
    <message>
        <source>photos per training step (a multiple of m_per_class)</source>
        <translation>每一步训练的照片数（m_per_class 的倍数）</translation>
    </message>
    <message>
        <source>the image network (a timm name), e.g. tf_efficientnet_lite0 (fast) or tf_efficientnet_lite2 (larger)</source>
        <translation>图像网络（timm 名称），例如 tf_efficientnet_lite0（快速）或 tf_efficientnet_lite2（较大）</translation>
    </message>
    <message>
        <source>imagenet: start from the ImageNet weights that come with the app; none: random weights; or a local weights file (nothing is downloaded)</source>
        <translation>imagenet：从程序随附的 ImageNet 权重开始；none：随机权重；或指定本地权重文件（不会下载任何东西）</translation>
    </message>
    <message>
        <source>network blocks that keep their ImageNet weights: fewer to train, faster</source>
        <translation>保留 ImageNet 权重的网络区块数：要训练的更少，更快</translation>
    </message>
    <message>
        <source>processes that load photos (always 0 in the app and on Windows)</source>
        <translation>加载照片的进程数（在本程序中与 Windows 上一律为 0）</translation>
    </message>
    <message>
        <source>random change of brightness while training</source>
        <translation>训练时随机改变亮度</translation>
    </message>
    <message>
        <source>random change of colour saturation while training</source>
        <translation>训练时随机改变色彩饱和度</translation>
    </message>
    <message>
        <source>random change of contrast while training</source>
        <translation>训练时随机改变对比度</translation>
    </message>
    <message>
        <source>random change of hue while training</source>
        <translation>训练时随机改变色相</translation>
    </message>
    <message>
        <source>seconds between updates of the curves</source>
        <translation>曲线每次更新的间隔秒数</translation>
    </message>
    <message>
        <source>small random shift, as a share of the size</source>
        <translation>小幅随机平移（占尺寸的比例）</translation>
    </message>
    <message>
        <source>small random tilt, in degrees (a quarter turn is another label)</source>
        <translation>小幅随机倾斜，单位为度（转 90° 就是另一个标签）</translation>
    </message>
    <message>
        <source>small random zoom: 1 ± this</source>
        <translation>小幅随机缩放：1 ± 此值</translation>
    </message>
    <message>
        <source>steps between rows of the training logs</source>
        <translation>训练日志中每行之间的步数</translation>
    </message>
    <message>
        <source>stop after this many epochs without a better score; 0: never</source>
        <translation>连续这么多轮分数都没有进步就停止；0：不提前停止</translation>
    </message>
    <message>
        <source>the backbone learns at lr × this (lower it for pretrained weights)</source>
        <translation>骨干网络的学习率为 lr × 此值（使用预训练权重时请调低）</translation>
    </message>
    <message>
        <source>the same seed trains the same way again</source>
        <translation>相同的种子会以相同方式再次训练</translation>
    </message>
    <message>
        <source>the unit of the margin</source>
        <translation>边界的单位</translation>
    </message>
    <message>
        <source>the validation score that picks the best model</source>
        <translation>用来挑选最佳模型的验证分数</translation>
    </message>
    <message>
        <source>weight of the ArcFace loss in the total</source>
        <translation>ArcFace 损失在总损失中的权重</translation>
    </message>
    <message>
        <source>weight of the center loss in the total</source>
        <translation>中心损失在总损失中的权重</translation>
    </message>
    <message>
        <source>weight of the triplet loss in the total</source>
        <translation>三元组损失在总损失中的权重</translation>
    </message>
    <message>
        <source>where to train: auto uses the GPU when there is one</source>
        <translation>在哪里训练：auto 会在有 GPU 时使用 GPU</translation>
    </message>
    <message>
        <source>width of the local and global branches: more is slower and needs more photos</source>
        <translation>局部与全局分支的宽度：越宽越慢，也需要越多照片</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <source>Fit for the line: on the validation photos the check stays within both targets (at most {far} of the photos to reject passed, at most {frr} of good parts flagged).</source>
        <translation>可上线使用：在验证照片上，检查达到两项目标（应剔除的照片最多放行 {far}，良品最多 {frr} 被判为不良）。</translation>
    </message>
    <message numerus="yes">
        <source>Trained, but NOT fit for the line: %n class(es) miss the targets (at most {far} of the photos to reject passed, at most {frr} of good parts flagged). Add the photos the table names and train again.</source>
        <translation>
            <numerusform>已完成训练，但“不宜”上线使用：%n 个类别未达目标（应剔除的照片最多放行 {far}，良品最多 {frr} 被判为不良）。请加入表中列出的照片后重新训练。</numerusform>
        </translation>
    </message>
    <message>
        <source>On the {images} validation photos the check would have passed {passed} of {bad} photos the line must reject and flagged {flagged} of {good} good parts.</source>
        <translation>在 {images} 张验证照片上，检查会在 {bad} 张产线必须剔除的照片中放行 {passed} 张，并把 {good} 个良品中的 {flagged} 个判为不良。</translation>
    </message>
    <message>
        <source>With this many photos, at 95% confidence, at most {passed} of the photos to reject would pass and {flagged} of good parts be flagged; more photos narrow this.</source>
        <translation>以这样的照片数量，在 95% 置信度下，应剔除的照片最多会放行 {passed}，良品最多会有 {flagged} 被判为不良；照片越多，范围越窄。</translation>
    </message>
    <message>
        <source>{n} of {of} ({rate})</source>
        <translation>{of} 中的 {n}（{rate}）</translation>
    </message>
    <message>
        <source>at most {bound} at 95%</source>
        <translation>95% 置信度下最多 {bound}</translation>
    </message>
    <message>
        <source>Photos to reject that passed</source>
        <translation>应剔除却被放行的照片</translation>
    </message>
    <message>
        <source>False accepts: NG photos and parts turned the wrong way that the check said OK</source>
        <translation>误判为良品：检查判为 OK 的 NG 照片与方向错误的元件</translation>
    </message>
    <message>
        <source>Good parts flagged</source>
        <translation>被判为不良的良品</translation>
    </message>
    <message>
        <source>False rejects: good parts in their orientation that the check said NG</source>
        <translation>误判为不良：方向正确却被检查判为 NG 的良品</translation>
    </message>
    <message>
        <source>The line&apos;s verdict on the validation photos</source>
        <translation>产线在验证照片上的判定</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>fit for the line</source>
        <translation>可上线使用</translation>
    </message>
    <message>
        <source>NOT fit for the line</source>
        <translation>不宜上线使用</translation>
    </message>
    <message>
        <source>The check said</source>
        <translation>检查判定</translation>
    </message>
    <message>
        <source>OK {ok}, NG {ng}</source>
        <translation>OK {ok}，NG {ng}</translation>
    </message>
    <message>
        <source>Of the {n} validation photos</source>
        <translation>在 {n} 张验证照片中</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>at most {far} passed, {frr} flagged</source>
        <translation>最多放行 {far}，最多 {frr} 判为不良</translation>
    </message>
    <message>
        <source>Labels right</source>
        <translation>标签正确</translation>
    </message>
    <message>
        <source>Validation photos whose label (Up, Down, Left, Right or NG) the check gives right</source>
        <translation>检查给对标签（上、下、左、右或 NG）的验证照片</translation>
    </message>
    <message>
        <source>misses the targets</source>
        <translation>未达目标</translation>
    </message>
    <message>
        <source>add {photos}</source>
        <translation>请加入{photos}</translation>
    </message>
    <message>
        <source>Photos for the part check</source>
        <translation>元件检查用的照片</translation>
    </message>
    <message>
        <source>meets the targets</source>
        <translation>达到目标</translation>
    </message>
    <message>
        <source>no validation photos</source>
        <translation>没有验证照片</translation>
    </message>
    <message>
        <source>Classes: {n}, missing the targets: {failing}</source>
        <translation>类别：{n} 个，未达目标：{failing} 个</translation>
    </message>
    <message>
        <source>Classes without NG photos</source>
        <translation>没有 NG 照片的类别</translation>
    </message>
    <message>
        <source>{n}: add NG photos of them</source>
        <translation>{n} 个：请加入它们的 NG 照片</translation>
    </message>
    <message>
        <source>Its mistakes</source>
        <translation>它的错误</translation>
    </message>
    <message>
        <source>mostly the part turned 180°</source>
        <translation>大多是元件旋转 180°</translation>
    </message>
    <message>
        <source>If the part looks the same turned 180°, say so in the orientation dialog and train again</source>
        <translation>若此元件旋转 180° 后看起来一样，请在方向对话框中注明后重新训练</translation>
    </message>
    <message>
        <source>Part check</source>
        <translation>元件检查</translation>
    </message>
    <message>
        <source>none: fewer than 2 good photos, checked for orientation only</source>
        <translation>无：良品照片不到 2 张，只检查方向</translation>
    </message>
    <message>
        <source>{good} good, {ng} NG</source>
        <translation>良品 {good} 张，NG {ng} 张</translation>
    </message>
    <message>
        <source>No NG photos</source>
        <translation>没有 NG 照片</translation>
    </message>
    <message>
        <source>add NG photos</source>
        <translation>请加入 NG 照片</translation>
    </message>
    <message>
        <source>A wrong or missing part is caught only when it looks unlike every good photo, which this run could not test</source>
        <translation>错件或缺件只有在与所有良品照片都不像时才会被发现，而本次训练无法验证这一点</translation>
    </message>
    <message>
        <source>NG photos the part check passes</source>
        <translation>元件检查放行的 NG 照片</translation>
    </message>
    <message>
        <source>{n} of {of}</source>
        <translation>{of} 张中的 {n} 张</translation>
    </message>
    <message>
        <source>Good photos unlike the others</source>
        <translation>与其他良品不像的良品照片</translation>
    </message>
    <message numerus="yes">
        <source>%n, worth a look</source>
        <translation>
            <numerusform>%n 张，值得查看</numerusform>
        </translation>
    </message>
    <message>
        <source>Often a wrong or missing part filed as good</source>
        <translation>常是被归为良品的错件或缺件</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Images for training / validation</source>
        <translation>训练 / 验证图像</translation>
    </message>
    <message>
        <source>Each photo in every orientation it was turned to</source>
        <translation>每张照片在其被旋转到的各个方向</translation>
    </message>
    <message>
        <source>Files left out</source>
        <translation>未采用的文件</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>{architecture} on {backbone}, {size} px</source>
        <translation>{architecture}，骨干 {backbone}，{size} px</translation>
    </message>
</context>
</TS>
