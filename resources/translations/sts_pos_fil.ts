<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="82"/>
        <source>The first administrator</source>
        <translation>Ang unang administrador</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="83"/>
        <source>This user creates the other users, the supply groups and their keys.</source>
        <translation>Ang user na ito ang gagawa ng ibang user, ng mga supply group at ng kanilang mga key.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="91"/>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="92"/>
        <source>&amp;Full name</source>
        <translation>&amp;Buong pangalan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="93"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="94"/>
        <source>&amp;Repeat password</source>
        <translation>&amp;Ulitin ang password</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="100"/>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Hindi magkapareho ang dalawang password. I-type muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="103"/>
        <source>Choose a password of at least 8 characters.</source>
        <translation>Pumili ng password na may hindi bababa sa 8 karakter.</translation>
    </message>
</context>
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="52"/>
        <source>Users</source>
        <translation>Mga user</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="53"/>
        <source>Supply groups and keys</source>
        <translation>Mga supply group at key</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="54"/>
        <source>Payment methods</source>
        <translation>Mga paraan ng pagbabayad</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="55"/>
        <source>Tariffs</source>
        <translation>Mga taripa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="61"/>
        <source>Printer and devices</source>
        <translation>Printer at mga device</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="66"/>
        <source>Backup and restore</source>
        <translation>Backup at pagbalik</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="67"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="89"/>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="316"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="89"/>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="119"/>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="221"/>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="89"/>
        <source>Role</source>
        <translation>Tungkulin</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="89"/>
        <source>Active</source>
        <translation>Aktibo</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="90"/>
        <source>Locked until</source>
        <translation>Naka-lock hanggang</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="93"/>
        <source>user name</source>
        <translation>user name</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="94"/>
        <source>full name</source>
        <translation>buong pangalan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="96"/>
        <source>cashier</source>
        <translation>kahera</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="96"/>
        <source>technician</source>
        <translation>tekniko</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="97"/>
        <source>supervisor</source>
        <translation>superbisor</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="97"/>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="99"/>
        <source>first password</source>
        <translation>unang password</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="101"/>
        <source>Add user</source>
        <translation>Magdagdag ng user</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="119"/>
        <source>SGC</source>
        <translation>SGC</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="119"/>
        <source>Key revision</source>
        <translation>Rebisyon ng key</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="119"/>
        <source>DKGA</source>
        <translation>DKGA</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="120"/>
        <source>Algorithm</source>
        <translation>Algorithm</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="120"/>
        <source>Base date</source>
        <translation>Base date</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="120"/>
        <source>Key type</source>
        <translation>Uri ng key</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="121"/>
        <source>Key expiry (KEN)</source>
        <translation>Pag-expire ng key (KEN)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="125"/>
        <source>Vending keys are kept in the secure module ({0}). A key entered here goes straight into the module; the database keeps only its label and check value.</source>
        <translation>Nakatago ang mga vending key sa secure module ({0}). Ang key na inilagay dito ay diretsong napupunta sa module; ang label at check value lamang nito ang itinatago ng database.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="129"/>
        <source>Vending keys are kept encrypted in this office&apos;s key vault, which a supervisor unlocks with the vault passphrase.</source>
        <translation>Nakatago nang naka-encrypt ang mga vending key sa key vault ng opisinang ito, na binubuksan ng supervisor gamit ang passphrase ng vault.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="137"/>
        <source>name</source>
        <translation>pangalan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="148"/>
        <source>Supply group</source>
        <translation>Supply group</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="152"/>
        <source>vending key in hex: typed once, put into the secure module, never shown</source>
        <translation>vending key sa hex: minsan lang ita-type, ilalagay sa secure module, hindi kailanman ipapakita</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="153"/>
        <source>vending key in hex: typed once, stored encrypted, never shown</source>
        <translation>vending key sa hex: isang beses lang i-type, naka-encrypt na itatago, hindi na ipapakita</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="154"/>
        <source>Store key</source>
        <translation>I-save ang key</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="159"/>
        <source>Vending key</source>
        <translation>Vending key</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="171"/>
        <source>Supply group {0} key revision {1} is stored. The key is never shown again.</source>
        <translation>Naitago na ang supply group {0} key revision {1}. Hindi na muling ipapakita ang key.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="181"/>
        <source>Payment methods this office accepts. Cash is always accepted; the cash drawer counts cash only.</source>
        <translation>Mga paraan ng pagbabayad na tinatanggap ng tanggapang ito. Laging tinatanggap ang salapi; salapi lamang ang binibilang sa kaha.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="192"/>
        <source>Save payment methods</source>
        <translation>I-save ang mga paraan ng pagbabayad</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="212"/>
        <source>Payment methods saved.</source>
        <translation>Na-save ang mga paraan ng pagbabayad.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="221"/>
        <source>TI</source>
        <translation>TI</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="221"/>
        <source>Blocks</source>
        <translation>Mga bloke</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="221"/>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="222"/>
        <source>Fixed monthly charge</source>
        <translation>Buwanang singil</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="222"/>
        <source>Minimum</source>
        <translation>Pinakamababa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="222"/>
        <source>Maximum</source>
        <translation>Pinakamataas</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="223"/>
        <source>Free units</source>
        <translation>Libreng unit</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="227"/>
        <source>New tariff…</source>
        <translation>Bagong taripa…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="229"/>
        <source>Edit tariff…</source>
        <translation>Baguhin ang taripa…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="233"/>
        <source>Changes apply to quotes and sales from the moment they are saved.</source>
        <translation>Magagamit ang mga pagbabago sa quote at benta sa sandaling ma-save ang mga ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="245"/>
        <source>Select the tariff to edit in the list first.</source>
        <translation>Piliin muna sa listahan ang taripang babaguhin.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="252"/>
        <source>There is no tariff with index {0:02d}.</source>
        <translation>Walang taripa na may index na {0:02d}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="316"/>
        <source>What happened</source>
        <translation>Nangyari</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="317"/>
        <source>Details</source>
        <translation>Mga detalye</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="280"/>
        <source>A backup is also made automatically at the first sign-in of each day (the last 14 are kept).</source>
        <translation>Awtomatikong gumagawa rin ng backup sa unang pag-sign in bawat araw (itinatago ang huling 14).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="283"/>
        <source>Back up now…</source>
        <translation>Mag-backup ngayon…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="285"/>
        <source>Restore from a backup…</source>
        <translation>Ibalik mula sa backup…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="299"/>
        <source>Back up the office</source>
        <translation>I-backup ang tanggapan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="307"/>
        <source>Restore the office from a backup</source>
        <translation>Ibalik ang tanggapan mula sa backup</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="316"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="316"/>
        <source>When (office time)</source>
        <translation>Kailan (oras ng tanggapan)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="320"/>
        <source>Verify the audit chain</source>
        <translation>Suriin ang audit chain</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="59"/>
        <source>Import</source>
        <translation>I-import</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin_devices.py" line="53"/>
        <source>serial:/dev/ttyUSB0, usb:04b8:0202, network:HOST:9100 or file:/dev/usb/lp0</source>
        <translation>serial:/dev/ttyUSB0, usb:04b8:0202, network:HOST:9100 o file:/dev/usb/lp0</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin_devices.py" line="58"/>
        <source>Refresh the list</source>
        <translation>I-refresh ang listahan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin_devices.py" line="65"/>
        <source> dots</source>
        <translation> tuldok</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin_devices.py" line="66"/>
        <source>standard (384 on 58 mm, 576 on 80 mm)</source>
        <translation>karaniwan (384 sa 58 mm, 576 sa 80 mm)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin_devices.py" line="71"/>
        <source>The character table set on the thermal printer. None of them has the peso sign: receipts print PHP instead of ₱.</source>
        <translation>Ang talaan ng mga titik na nakatakda sa thermal printer. Wala sa mga ito ang may tanda ng piso: PHP ang nakalimbag sa resibo sa halip na ₱.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin_devices.py" line="76"/>
        <source>An administrator sets the printer&apos;s dots per line and code page.</source>
        <translation>Ang administrator ang nagtatakda ng mga tuldok bawat linya at code page ng printer.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin_devices.py" line="83"/>
        <source>blank: SMS wait in the outbox</source>
        <translation>blangko: maghihintay ang SMS sa outbox</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin_devices.py" line="85"/>
        <source>blank: the first reader with a card</source>
        <translation>blangko: ang unang reader na may card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin_devices.py" line="86"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin_devices.py" line="88"/>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin_devices.py" line="90"/>
        <source>Print a test page</source>
        <translation>Mag-print ng pahinang pansubok</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin_devices.py" line="96"/>
        <source>Receipt printer</source>
        <translation>Printer ng resibo</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin_devices.py" line="98"/>
        <source>Receipt width</source>
        <translation>Lapad ng resibo</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin_devices.py" line="99"/>
        <source>Printer dots per line</source>
        <translation>Mga tuldok bawat linya ng printer</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin_devices.py" line="100"/>
        <source>Printer code page</source>
        <translation>Code page ng printer</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin_devices.py" line="101"/>
        <source>Meter serial port</source>
        <translation>Serial port ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin_devices.py" line="102"/>
        <source>GSM modem port (SMS)</source>
        <translation>Port ng GSM modem (SMS)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin_devices.py" line="103"/>
        <source>Card reader</source>
        <translation>Card reader</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin_devices.py" line="104"/>
        <source>Lock after idle</source>
        <translation>I-lock kapag walang galaw</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin_devices.py" line="114"/>
        <source>PDF files only (no printer)</source>
        <translation>Mga PDF file lamang (walang printer)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin_devices.py" line="116"/>
        <source>{0} (ESC/POS)</source>
        <translation>{0} (ESC/POS)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin_devices.py" line="119"/>
        <source>{0} (not found on this computer)</source>
        <translation>{0} (wala sa computer na ito)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin_devices.py" line="121"/>
        <source>A printer on a serial, USB or network port…</source>
        <translation>Printer sa serial, USB o network port…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin_devices.py" line="165"/>
        <source>Device settings saved.</source>
        <translation>Na-save ang mga setting ng device.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin_devices.py" line="180"/>
        <source>Test receipt sent to {0}.</source>
        <translation>Naipadala ang test na resibo sa {0}.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="22"/>
        <source>Sale {receipt_no} to meter {meter}: {amount}</source>
        <translation>Benta {receipt_no} sa metrong {meter}: {amount}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="23"/>
        <source>Sale {receipt_no} voided ({written_off} written off): {reason}</source>
        <translation>Napawalang-bisa ang benta {receipt_no} ({written_off} ang isinulat na lugi): {reason}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="24"/>
        <source>Receipt {receipt_no} reprinted (COPY)</source>
        <translation>Muling na-print ang resibo {receipt_no} (KOPYA)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="25"/>
        <source>Sale {receipt_no} abandoned: no token was made</source>
        <translation>Iniwan ang benta {receipt_no}: walang token na nagawa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="26"/>
        <source>Shift {shift_id} opened with a float of {float}</source>
        <translation>Binuksan ang shift {shift_id} na may panimulang pera sa kaha na {float}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="27"/>
        <source>Shift {shift_id} closed: counted {counted}, expected {expected}, variance {variance}</source>
        <translation>Isinara ang shift {shift_id}: nabilang {counted}, inaasahan {expected}, pagkakaiba {variance}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="29"/>
        <source>Signed in</source>
        <translation>Nag-sign in</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="30"/>
        <source>Sign-in refused</source>
        <translation>Tinanggihan ang pag-sign in</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="31"/>
        <source>User {username} added ({role})</source>
        <translation>Idinagdag ang user na {username} ({role})</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="32"/>
        <source>User {username} changed</source>
        <translation>Binago ang user na {username}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="33"/>
        <source>Password of {username} changed</source>
        <translation>Binago ang password ni {username}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="34"/>
        <source>Vending keys unlocked</source>
        <translation>Nabuksan ang mga susi sa pagbenta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="35"/>
        <source>Wrong vault passphrase</source>
        <translation>Maling passphrase ng vault</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="36"/>
        <source>Unlocking the vending keys refused</source>
        <translation>Tinanggihan ang pagbukas ng mga susi sa pagbenta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="37"/>
        <source>Customer {account_no} added</source>
        <translation>Idinagdag ang customer na {account_no}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="38"/>
        <source>Customer {account_no} changed</source>
        <translation>Binago ang customer na {account_no}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="39"/>
        <source>Meter {meter} added</source>
        <translation>Idinagdag ang metrong {meter}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="40"/>
        <source>Meter {meter} changed</source>
        <translation>Binago ang metrong {meter}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="41"/>
        <source>Key change set for meter {meter}: SGC {sgc}, KRN {krn}, TI {ti}</source>
        <translation>Itinakda ang pagpapalit ng susi para sa metrong {meter}: SGC {sgc}, KRN {krn}, TI {ti}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="43"/>
        <source>Tariff {ti} {name} saved</source>
        <translation>Na-save ang taripa {ti} {name}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="44"/>
        <source>Supply group {sgc} (KRN {krn}) added</source>
        <translation>Idinagdag ang supply group {sgc} (KRN {krn})</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="45"/>
        <source>Replacement tokens for receipt {receipt_no}, meter {meter}</source>
        <translation>Mga kapalit na token para sa resibo {receipt_no}, metro {meter}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="46"/>
        <source>Card {card_serial} issued for meter {meter_number}</source>
        <translation>Naibigay ang card {card_serial} para sa metrong {meter_number}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="47"/>
        <source>Meter {meter_number}&apos;s write-back read from its card</source>
        <translation>Nabasa mula sa card ang write-back ng metrong {meter_number}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="48"/>
        <source>Card PIN (PSC) set</source>
        <translation>Naitakda ang PIN ng card (PSC)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="49"/>
        <source>The computer&apos;s clock confirmed by a supervisor ({pc_time})</source>
        <translation>Kinumpirma ng superbisor ang orasan ng computer ({pc_time})</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="50"/>
        <source>Backup made</source>
        <translation>Nagawa ang backup</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="51"/>
        <source>Daily backup made</source>
        <translation>Nagawa ang pang-araw-araw na backup</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="52"/>
        <source>Office restored from a backup</source>
        <translation>Naibalik ang opisina mula sa isang backup</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="53"/>
        <source>Office {name} created</source>
        <translation>Nagawa ang opisinang {name}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="54"/>
        <source>Demo office created</source>
        <translation>Nagawa ang demo na opisina</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="55"/>
        <source>Key store created</source>
        <translation>Nagawa ang imbakan ng susi</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="56"/>
        <source>Office settings changed</source>
        <translation>Binago ang mga setting ng opisina</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="57"/>
        <source>Token delivery to the meter tried again</source>
        <translation>Sinubukang muli ang pagpapadala ng token sa metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="58"/>
        <source>Token delivery to the meter cancelled</source>
        <translation>Kinansela ang pagpapadala ng token sa metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="59"/>
        <source>Engineering token ({kind}) for meter {meter}: {reason}</source>
        <translation>Token pang-inhinyeriya ({kind}) para sa metrong {meter}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="62"/>
        <source>receipt</source>
        <translation>resibo</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="62"/>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="63"/>
        <source>meter</source>
        <translation>metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="63"/>
        <source>amount</source>
        <translation>halaga</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="64"/>
        <source>sale number</source>
        <translation>numero ng benta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="64"/>
        <source>shift</source>
        <translation>shift</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="65"/>
        <source>engineering job</source>
        <translation>trabahong pang-inhinyeriya</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="65"/>
        <source>reason</source>
        <translation>dahilan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="66"/>
        <source>units</source>
        <translation>yunit</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="66"/>
        <source>free units</source>
        <translation>libreng yunit</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="67"/>
        <source>tendered</source>
        <translation>ibinayad</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="67"/>
        <source>paid by</source>
        <translation>paraan ng bayad</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="68"/>
        <source>computer&apos;s time</source>
        <translation>oras ng computer</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="68"/>
        <source>last record</source>
        <translation>huling tala</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="69"/>
        <source>failed tries</source>
        <translation>mga bigong subok</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/audit_words.py" line="69"/>
        <source>file</source>
        <translation>file</translation>
    </message>
</context>
<context>
    <name>CardsScreen</name>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="82"/>
        <source>The card reader support is missing.</source>
        <translation>Wala ang suporta para sa card reader.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="88"/>
        <source>Card reader</source>
        <translation>Card reader</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="90"/>
        <source>Looking for card readers…</source>
        <translation>Naghahanap ng card reader…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="94"/>
        <source>Read card</source>
        <translation>Basahin ang card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="101"/>
        <source>Issue a card</source>
        <translation>Maglabas ng card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="103"/>
        <source>meter number</source>
        <translation>numero ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="67"/>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="105"/>
        <source>customer card</source>
        <translation>card ng customer</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="42"/>
        <source>Card kind</source>
        <translation>Uri ng card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="42"/>
        <source>Card serial</source>
        <translation>Serial ng card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="43"/>
        <source>Meter number</source>
        <translation>Numero ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="44"/>
        <source>Customer account</source>
        <translation>Account ng customer</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="45"/>
        <source>Supply group code (SGC)</source>
        <translation>Supply group code (SGC)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="46"/>
        <source>Tariff index (TI)</source>
        <translation>Tariff index (TI)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="47"/>
        <source>Key revision (KRN)</source>
        <translation>Rebisyon ng key (KRN)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="48"/>
        <source>Replaces card</source>
        <translation>Pumapalit sa card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="49"/>
        <source>Card type</source>
        <translation>Uri ng card (media)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="50"/>
        <source>PSC tries left</source>
        <translation>Natitirang subok sa PSC</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="51"/>
        <source>Last write complete</source>
        <translation>Kumpleto ang huling pagsulat</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="52"/>
        <source>Loaded into the meter</source>
        <translation>Naipasok na sa metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="53"/>
        <source>Purchase on the card</source>
        <translation>Binili na nasa card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="54"/>
        <source>Purchase number</source>
        <translation>Bilang ng pagbili</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="55"/>
        <source>Written</source>
        <translation>Isinulat noong</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="56"/>
        <source>Tokens</source>
        <translation>Mga token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="57"/>
        <source>Meter&apos;s write-back</source>
        <translation>Isinulat pabalik ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="58"/>
        <source>Purchases accepted by the meter</source>
        <translation>Mga pagbiling tinanggap ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="59"/>
        <source>Credit left in the meter</source>
        <translation>Natitirang kredito sa metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="60"/>
        <source>Energy used</source>
        <translation>Nagamit na enerhiya</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="61"/>
        <source>Tamper</source>
        <translation>Tamper</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="62"/>
        <source>Meter time</source>
        <translation>Oras ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="63"/>
        <source>Last token result</source>
        <translation>Resulta ng huling token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="64"/>
        <source>Write-back recorded</source>
        <translation>Naitala ang write-back</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="68"/>
        <source>replacement card</source>
        <translation>kapalit na card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="69"/>
        <source>technician card</source>
        <translation>card ng tekniko</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="105"/>
        <source>replacement card (blocks the old one)</source>
        <translation>kapalit na card (haharangin ang luma)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="106"/>
        <source>technician card (engineering job)</source>
        <translation>card ng tekniko (engineering job)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="114"/>
        <source>Tokens of the job</source>
        <translation>Mga token ng trabaho</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="118"/>
        <source>Write the sale onto the card again</source>
        <translation>Isulat muli ang benta sa card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="122"/>
        <source>Sale (receipt)</source>
        <translation>Benta (resibo)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="248"/>
        <source>No engineering tokens for this meter yet: issue them on the Engineering screen first.</source>
        <translation>Wala pang token pang-inhinyeriya para sa metrong ito: gumawa muna sa screen na Inhinyeriya.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="256"/>
        <source>No sale for this meter yet.</source>
        <translation>Wala pang benta para sa metrong ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="273"/>
        <source>A technician card carries the tokens of an engineering job: issue them on the Engineering screen for meter {0} first.</source>
        <translation>Dala ng card ng teknisyan ang mga token ng isang trabahong pang-inhinyeriya: gumawa muna ng mga ito sa screen na Inhinyeriya para sa metrong {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="282"/>
        <source>Technician card {0} written with the tokens of engineering slip {1}. Take it to meter {2} and insert it there.</source>
        <translation>Naisulat ang card ng teknisyan {0} kasama ang mga token ng slip pang-inhinyeriya {1}. Dalhin ito sa metrong {2} at ipasok doon.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="285"/>
        <source>Replacement card {0} issued for meter {1}; the old card {2} is blocked from now on. Give the new card to the customer.</source>
        <translation>Naibigay ang kapalit na card {0} para sa metrong {1}; hindi na magagamit ang lumang card {2} mula ngayon. Ibigay ang bagong card sa customer.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="289"/>
        <source>Customer card {0} issued for meter {1}. Give it to the customer; purchases are sold onto it on the Vend screen.</source>
        <translation>Naibigay ang card ng customer {0} para sa metrong {1}. Ibigay ito sa customer; ibinebenta ang mga pagbili papunta rito sa screen na Magbenta.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="299"/>
        <source>Type the meter number, then choose the sale by its receipt number.</source>
        <translation>I-type ang numero ng metro, saka piliin ang benta ayon sa numero ng resibo nito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="306"/>
        <source>Receipt {0} was written onto the card again. Give the card back to the customer to insert it in the meter.</source>
        <translation>Naisulat muli sa card ang resibo {0}. Ibalik ang card sa customer para maipasok niya ito sa metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="110"/>
        <source>Issue card</source>
        <translation>Ilabas ang card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="112"/>
        <source>Meter</source>
        <translation>Metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="113"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="121"/>
        <source>A supervisor rewrites a sale on a lost, damaged or replacement card.</source>
        <translation>Isinusulat muli ng superbisor ang benta sa nawala, nasira o kapalit na card.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="137"/>
        <source>Card contents</source>
        <translation>Laman ng card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="140"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="140"/>
        <source>Value</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="182"/>
        <source>yes</source>
        <translation>oo</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="182"/>
        <source>no</source>
        <translation>hindi</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="36"/>
        <source>Welcome to sts-pos</source>
        <translation>Maligayang pagdating sa sts-pos</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="37"/>
        <source>There is no office in this database yet. What would you like to do?</source>
        <translation>Wala pang tanggapan sa database na ito. Ano ang gusto mong gawin?</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="39"/>
        <source>&amp;Create a new vending office</source>
        <translation>&amp;Gumawa ng bagong tanggapan ng bentahan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="41"/>
        <source>Open the &amp;demo office (for training; sample customers and keys)</source>
        <translation>Buksan ang &amp;demo na tanggapan (para sa pagsasanay; halimbawang customer at key)</translation>
    </message>
</context>
<context>
    <name>ClockDialog</name>
    <message>
        <location filename="../../src/sts_pos/gui/clock_dialog.py" line="23"/>
        <source>sale</source>
        <translation>benta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/clock_dialog.py" line="24"/>
        <source>engineering token</source>
        <translation>engineering token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/clock_dialog.py" line="25"/>
        <source>clock confirmation</source>
        <translation>kumpirmasyon ng orasan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/clock_dialog.py" line="26"/>
        <source>start of this office</source>
        <translation>pagsisimula ng tanggapang ito</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/clock_dialog.py" line="34"/>
        <source>record</source>
        <translation>talaan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/clock_dialog.py" line="38"/>
        <source>The computer&apos;s clock says {0} but the last {1} was at {2} (office time, {3}), {4} days later. Correct the computer&apos;s clock, or have a supervisor confirm that the computer&apos;s time is right. Nothing was sold.</source>
        <translation>Ang orasan ng computer ay {0} pero ang huling {1} ay noong {2} (oras ng tanggapan, {3}), {4} araw na mas huli. Itama ang orasan ng computer, o ipakumpirma sa isang superbisor na tama ang oras ng computer. Walang naibenta.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/clock_dialog.py" line="41"/>
        <source>The computer&apos;s clock says {0} but the last {1} was at {2} (office time, {3}), {4} hours later. Correct the computer&apos;s clock, or have a supervisor confirm that the computer&apos;s time is right. Nothing was sold.</source>
        <translation>Ang orasan ng computer ay {0} pero ang huling {1} ay noong {2} (oras ng tanggapan, {3}), {4} oras na mas huli. Itama ang orasan ng computer, o ipakumpirma sa isang superbisor na tama ang oras ng computer. Walang naibenta.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/clock_dialog.py" line="45"/>
        <source>The computer&apos;s clock says {0}, {1} days after the last {2} at {3} (office time, {4}); the office allows at most {5} days, because meters refuse tokens made with a clock set ahead. Correct the computer&apos;s clock, or have a supervisor confirm that the computer&apos;s time is right. Nothing was sold.</source>
        <translation>Ang orasan ng computer ay {0}, {1} araw pagkatapos ng huling {2} noong {3} (oras ng tanggapan, {4}); hanggang {5} araw lamang ang pinapayagan ng tanggapan, dahil tinatanggihan ng metro ang mga token na ginawa gamit ang orasang nauna. Itama ang orasan ng computer, o ipakumpirma sa isang superbisor na tama ang oras ng computer. Walang naibenta.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/clock_dialog.py" line="88"/>
        <source>The computer&apos;s clock</source>
        <translation>Ang orasan ng computer</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/clock_dialog.py" line="67"/>
        <source>Supervisor</source>
        <translation>Superbisor</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/clock_dialog.py" line="68"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/clock_dialog.py" line="89"/>
        <source>Confirm the computer&apos;s time</source>
        <translation>Kumpirmahin ang oras ng computer</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../src/sts_pos/gui/dialogs.py" line="51"/>
        <source>Edit customer</source>
        <translation>Baguhin ang customer</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/dialogs.py" line="51"/>
        <source>New customer</source>
        <translation>Bagong customer</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/dialogs.py" line="57"/>
        <source>Indigent: gets free basic electricity each month</source>
        <translation>Indigent: may libreng batayang kuryente bawat buwan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/dialogs.py" line="59"/>
        <source>Account number</source>
        <translation>Numero ng account</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/dialogs.py" line="60"/>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/dialogs.py" line="61"/>
        <source>Address</source>
        <translation>Tirahan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/dialogs.py" line="62"/>
        <source>Phone</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/dialogs.py" line="65"/>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/dialogs.py" line="66"/>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="56"/>
        <source>issued</source>
        <translation>naibigay</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="57"/>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="58"/>
        <source>voided</source>
        <translation>napawalang-bisa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="59"/>
        <source>pending</source>
        <translation>nakabinbin</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="82"/>
        <source>Meter number, name, account, phone or address</source>
        <translation>Numero ng metro, pangalan, account, telepono o tirahan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="84"/>
        <source>Find</source>
        <translation>Hanapin</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="89"/>
        <source>New customer…</source>
        <translation>Bagong customer…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="91"/>
        <source>Edit customer…</source>
        <translation>Baguhin ang customer…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="93"/>
        <source>Move meter…</source>
        <translation>Ilipat ang metro…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="100"/>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="108"/>
        <source>Meter</source>
        <translation>Metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="100"/>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="108"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="100"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="100"/>
        <source>Phone</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="101"/>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="101"/>
        <source>Tariff</source>
        <translation>Taripa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="101"/>
        <source>Address</source>
        <translation>Tirahan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="104"/>
        <source>Meter details and sales</source>
        <translation>Detalye ng metro at mga benta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="109"/>
        <source>Supply group / key</source>
        <translation>Supply group / key</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="109"/>
        <source>Debt</source>
        <translation>Utang</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="110"/>
        <source>Card serial</source>
        <translation>Serial ng card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="116"/>
        <source>Date</source>
        <translation>Petsa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="116"/>
        <source>Receipt</source>
        <translation>Resibo</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="116"/>
        <source>Amount</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="116"/>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="117"/>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="117"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="119"/>
        <source>Credit left</source>
        <translation>Natitirang kredito</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="119"/>
        <source>Energy used</source>
        <translation>Nagamit na enerhiya</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="119"/>
        <source>Read at (office time)</source>
        <translation>Nabasa noong (oras ng tanggapan)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="120"/>
        <source>Purchases loaded</source>
        <translation>Mga naipasok na pagbili</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="120"/>
        <source>Tamper</source>
        <translation>Tamper</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="120"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="122"/>
        <source>Sales</source>
        <translation>Mga benta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="123"/>
        <source>Card readings</source>
        <translation>Mga pagbasa mula sa card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="126"/>
        <source>Reprint</source>
        <translation>I-print muli</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="128"/>
        <source>Void sale…</source>
        <translation>Ipawalang-bisa ang benta…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="131"/>
        <source>Only a supervisor may void a sale.</source>
        <translation>Superbisor lamang ang maaaring magpawalang-bisa ng benta.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="155"/>
        <source>IC card</source>
        <translation>IC card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="155"/>
        <source>keypad</source>
        <translation>keypad</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="208"/>
        <source>Choose the sale to reprint in the list first.</source>
        <translation>Piliin muna sa listahan ang bentang ipi-print muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="212"/>
        <source>Copy of the receipt sent to {0}.</source>
        <translation>Naipadala ang kopya ng resibo sa {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="218"/>
        <source>Choose the sale to void in the list first.</source>
        <translation>Piliin muna sa listahan ang bentang ipapawalang-bisa.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="221"/>
        <source>Void sale</source>
        <translation>Ipawalang-bisa ang benta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="222"/>
        <source>The token was already given and cannot be taken back: the void records a write-off.
Reason for voiding receipt {0}:</source>
        <translation>Naibigay na ang token at hindi na ito mababawi: itatala ang pagpapawalang-bisa bilang write-off.
Dahilan ng pagpapawalang-bisa sa resibo {0}:</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="227"/>
        <source>A void needs a reason.</source>
        <translation>Kailangan ng dahilan ang pagpapawalang-bisa.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="231"/>
        <source>Sale voided.</source>
        <translation>Napawalang-bisa ang benta.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="243"/>
        <source>Customer {0} added.</source>
        <translation>Naidagdag ang customer {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="249"/>
        <source>Choose a meter with a customer in the list first.</source>
        <translation>Pumili muna sa listahan ng metro na may customer.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="262"/>
        <source>Choose the meter to move in the list first.</source>
        <translation>Piliin muna sa listahan ang metrong ililipat.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="265"/>
        <source>Move meter</source>
        <translation>Ilipat ang metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="266"/>
        <source>Move meter {0} to the customer with account number:</source>
        <translation>Ilipat ang metro {0} sa customer na may numero ng account na:</translation>
    </message>
</context>
<context>
    <name>DeliveryStatus</name>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="174"/>
        <source>Not delivered to the meter ({0}): {1}. Give the customer the printed token.</source>
        <translation>Hindi naipadala sa metro ({0}): {1}. Ibigay sa customer ang naka-print na token.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="177"/>
        <source>Sent to meter: accepted {0}</source>
        <translation>Naipadala sa metro: tinanggap {0}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="179"/>
        <source>Sent to meter through collector {0}: waiting for the meter&apos;s answer…</source>
        <translation>Naipadala sa metro sa pamamagitan ng collector {0}: hinihintay ang sagot ng metro…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="181"/>
        <source>Queued for collector {0}: it is sent as soon as the collector is connected.</source>
        <translation>Nakapila para sa collector {0}: ipapadala ito sa sandaling makakonekta ang collector.</translation>
    </message>
</context>
<context>
    <name>DiagnosePanel</name>
    <message>
        <location filename="../../src/sts_pos/gui/diagnose_panel.py" line="25"/>
        <source>The token is right for this meter</source>
        <translation>Tama ang token para sa metrong ito</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/diagnose_panel.py" line="26"/>
        <source>Made for another meter</source>
        <translation>Ginawa para sa ibang metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/diagnose_panel.py" line="27"/>
        <source>Made under the meter&apos;s old key</source>
        <translation>Ginawa sa lumang susi ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/diagnose_panel.py" line="28"/>
        <source>The key change tokens were not entered first</source>
        <translation>Hindi muna inilagay ang mga token ng pagpapalit ng susi</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/diagnose_panel.py" line="29"/>
        <source>Older than the tokens the meter remembers</source>
        <translation>Mas luma kaysa sa mga token na natatandaan ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/diagnose_panel.py" line="30"/>
        <source>Already entered in this meter</source>
        <translation>Nailagay na sa metrong ito</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/diagnose_panel.py" line="31"/>
        <source>The meter&apos;s key has expired</source>
        <translation>Nag-expire na ang susi ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/diagnose_panel.py" line="32"/>
        <source>Mistyped</source>
        <translation>Mali ang pagkaka-type</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/diagnose_panel.py" line="33"/>
        <source>No cause found</source>
        <translation>Walang nakitang dahilan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/diagnose_panel.py" line="69"/>
        <source>Why was this token rejected?</source>
        <translation>Bakit tinanggihan ang token na ito?</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/diagnose_panel.py" line="76"/>
        <source>Meter number</source>
        <translation>Numero ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/diagnose_panel.py" line="78"/>
        <source>The token the meter refused, 20 digits</source>
        <translation>Ang token na tinanggihan ng metro, 20 digit</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/diagnose_panel.py" line="82"/>
        <source>What the meter shows (optional)</source>
        <translation>Ang ipinapakita ng metro (opsyonal)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/diagnose_panel.py" line="84"/>
        <source>Meter model (optional)</source>
        <translation>Modelo ng metro (opsyonal)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/diagnose_panel.py" line="87"/>
        <source>Meter</source>
        <translation>Metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/diagnose_panel.py" line="88"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/diagnose_panel.py" line="89"/>
        <source>Meter shows</source>
        <translation>Ipinapakita ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/diagnose_panel.py" line="92"/>
        <source>Diagnose</source>
        <translation>Suriin</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/diagnose_panel.py" line="95"/>
        <source>Replace its credit free…</source>
        <translation>Palitan nang libre ang kredito nito…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/diagnose_panel.py" line="122"/>
        <source>Type the meter number and the token the meter refused.</source>
        <translation>I-type ang numero ng metro at ang token na tinanggihan ng metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/diagnose_panel.py" line="132"/>
        <source>What to do: {0}</source>
        <translation>Ang dapat gawin: {0}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/diagnose_panel.py" line="134"/>
        <source>Sale: receipt {0}</source>
        <translation>Benta: resibo {0}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/diagnose_panel.py" line="142"/>
        <source>Replace the credit</source>
        <translation>Palitan ang kredito</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/diagnose_panel.py" line="143"/>
        <source>Re-issue the credit of receipt {0} free under the meter&apos;s current key. Why (what the customer reported)?</source>
        <translation>Muling ibigay nang libre ang kredito ng resibo {0} sa kasalukuyang susi ng metro. Bakit (ano ang iniulat ng customer)?</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/diagnose_panel.py" line="144"/>
        <source>Token refused after the key change</source>
        <translation>Tinanggihan ang token matapos ang pagpapalit ng susi</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/diagnose_panel.py" line="153"/>
        <source>Replacement for receipt {0} (slip {1}), printed to {2}:</source>
        <translation>Kapalit para sa resibo {0} (slip {1}), na-print sa {2}:</translation>
    </message>
</context>
<context>
    <name>EngineeringScreen</name>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="32"/>
        <source>Clear credit</source>
        <translation>Burahin ang kredito</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="33"/>
        <source>Clear tamper</source>
        <translation>Burahin ang tamper</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="34"/>
        <source>Set maximum power</source>
        <translation>Itakda ang pinakamataas na power</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="35"/>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="37"/>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="106"/>
        <source>Watts</source>
        <translation>Watts</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="36"/>
        <source>Set phase unbalance limit</source>
        <translation>Itakda ang limit ng phase unbalance</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="38"/>
        <source>Test / display (all tests)</source>
        <translation>Test / display (lahat ng test)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="39"/>
        <source>Key change (the meter&apos;s pending change)</source>
        <translation>Pagpalit ng key (ang nakabinbing pagbabago ng metro)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="40"/>
        <source>TID rollover to base date 2014 (this meter)</source>
        <translation>TID rollover sa base date 2014 (ang metrong ito)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="53"/>
        <source>Engineering tokens need the vending services.</source>
        <translation>Kailangan ng serbisyo ng bentahan para sa mga engineering token.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="75"/>
        <source>Tokens issued</source>
        <translation>Mga nagawang token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="82"/>
        <source>Print slip</source>
        <translation>I-print ang slip</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="83"/>
        <source>Copy</source>
        <translation>Kopyahin</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="84"/>
        <source>Send SMS</source>
        <translation>Ipadala sa SMS</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="98"/>
        <source>Management and test tokens</source>
        <translation>Mga management at test token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="101"/>
        <source>11- or 13-digit meter number</source>
        <translation>numero ng metro na may 11 o 13 digit</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="108"/>
        <source>Why (work order, complaint…) — required</source>
        <translation>Bakit (work order, reklamo…) — kailangan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="109"/>
        <source>Issue token</source>
        <translation>Gumawa ng token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="113"/>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="183"/>
        <source>Meter</source>
        <translation>Metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="114"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="116"/>
        <source>Reason</source>
        <translation>Dahilan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="123"/>
        <source>What is this token?</source>
        <translation>Anong token ito?</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="127"/>
        <source>Meter number</source>
        <translation>Numero ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="129"/>
        <source>20-digit token, spaces allowed</source>
        <translation>token na may 20 digit, puwede ang espasyo</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="131"/>
        <source>Decode</source>
        <translation>Basahin</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="144"/>
        <source>Key change and TID rollover</source>
        <translation>Pagpalit ng key at TID rollover</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="146"/>
        <source>Meters on base date 1993 stopped accepting new credit on 2024-11-24. The rollover moves a meter (or every meter of a supply group) to base date 2014 with key change tokens, which are also given automatically before the next credit token.</source>
        <translation>Hindi na tumatanggap ng bagong kredito ang mga metrong nasa base date 1993 mula 2024-11-24. Inililipat ng rollover ang isang metro (o lahat ng metro ng isang supply group) sa base date 2014 gamit ang mga key change token, na awtomatiko ring ibinibigay bago ang susunod na credit token.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="155"/>
        <source>Roll over the supply group…</source>
        <translation>I-rollover ang supply group…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="161"/>
        <source>Supply group</source>
        <translation>Supply group</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="163"/>
        <source>One meter: the key change tokens come with its next purchase.</source>
        <translation>Isang metro: kasama ng susunod nitong pagbili ang mga key change token.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="170"/>
        <source>meter number</source>
        <translation>numero ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="171"/>
        <source>new SGC</source>
        <translation>bagong SGC</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="174"/>
        <source>Set pending key change</source>
        <translation>Itakda ang nakabinbing pagpalit ng key</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="184"/>
        <source>New key</source>
        <translation>Bagong key</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="209"/>
        <source>Type the meter number and the reason for this token.</source>
        <translation>I-type ang numero ng metro at ang dahilan ng token na ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="218"/>
        <source>Engineering slip {0} · meter {1} · {2} ({3})</source>
        <translation>Slip pang-inhinyeriya {0} · metro {1} · {2} ({3})</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="242"/>
        <source>Slip sent to {0}.</source>
        <translation>Naipadala ang slip sa {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="247"/>
        <source>Tokens copied to the clipboard.</source>
        <translation>Nakopya ang mga token sa clipboard.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="254"/>
        <source>SMS {0}.</source>
        <translation>SMS {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="267"/>
        <source>Making key change tokens…</source>
        <translation>Gumagawa ng mga key change token…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="267"/>
        <source>Stop</source>
        <translation>Itigil</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="273"/>
        <source>{0} meters of supply group {1} were moved to base date 2014. Their key change tokens are in {2}, ready to print for the field technicians.</source>
        <translation>Nailipat sa base date 2014 ang {0} metro ng supply group {1}. Nasa {2} ang kanilang mga key change token, handa nang i-print para sa mga tekniko sa field.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="184"/>
        <source>sts-pos: first run</source>
        <translation>sts-pos: unang pagbukas</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="202"/>
        <source>The demo office is ready. Its users and passwords:

{0}

Vault passphrase: {1}</source>
        <translation>Handa na ang demo na tanggapan. Ang mga user at password nito:

{0}

Passphrase ng vault: {1}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../src/sts_pos/gui/help.py" line="15"/>
        <source>Find a meter or customer</source>
        <translation>Maghanap ng metro o customer</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/help.py" line="16"/>
        <source>Read the customer&apos;s card</source>
        <translation>Basahin ang card ng customer</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/help.py" line="17"/>
        <source>Sell by money / by kWh</source>
        <translation>Magbenta ayon sa pera / ayon sa kWh</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/help.py" line="18"/>
        <source>Payment method</source>
        <translation>Paraan ng pagbabayad</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/help.py" line="19"/>
        <source>Open your shift with its cash float</source>
        <translation>Buksan ang iyong shift kasama ang panimulang pera</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/help.py" line="20"/>
        <source>Sell the amount typed</source>
        <translation>Ibenta ang halagang na-type</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/help.py" line="21"/>
        <source>Print the receipt / reprint the last one (COPY)</source>
        <translation>I-print ang resibo / i-print muli ang huli (KOPYA)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/help.py" line="22"/>
        <source>Reprint the sale picked in the recent sales (COPY); a double-click on it too</source>
        <translation>Muling i-print ang bentang napili sa mga huling benta (KOPYA); gayundin sa pag-double-click dito</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/help.py" line="24"/>
        <source>Copy the tokens</source>
        <translation>Kopyahin ang mga token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/help.py" line="25"/>
        <source>Next customer</source>
        <translation>Susunod na customer</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/help.py" line="26"/>
        <source>Go to a screen (in the order of the list on the left)</source>
        <translation>Pumunta sa isang screen (ayon sa pagkakasunod ng listahan sa kaliwa)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/help.py" line="27"/>
        <source>Lock the screen (sign in again to go on)</source>
        <translation>I-lock ang screen (mag-sign in muli para magpatuloy)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/help.py" line="28"/>
        <source>This help</source>
        <translation>Ang tulong na ito</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/help.py" line="32"/>
        <source>Cashier</source>
        <translation>Kahero</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/help.py" line="32"/>
        <source>Open your shift (F8) with the cash in your drawer. For each customer: find the meter (F2, or read the card with F3), check the name and address, type the money and press Enter. Give the customer the tokens in the order shown, the receipt (F10) and the change. A red message under the quote says why an amount cannot be sold and what would. At the end of the day close your shift with the counted cash; the Z report is printed once.</source>
        <translation>Buksan ang iyong shift (F8) kasama ang perang nasa iyong kahon. Sa bawat customer: hanapin ang metro (F2, o basahin ang card gamit ang F3), tingnan ang pangalan at tirahan, i-type ang pera at pindutin ang Enter. Ibigay sa customer ang mga token ayon sa ipinakitang pagkakasunod, ang resibo (F10) at ang sukli. Sinasabi ng pulang mensahe sa ilalim ng quote kung bakit hindi maibebenta ang isang halaga at kung ano ang maaari. Sa katapusan ng araw, isara ang iyong shift gamit ang nabilang na pera; minsan lang ipi-print ang Z report.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/help.py" line="33"/>
        <source>Technician</source>
        <translation>Teknisyan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/help.py" line="33"/>
        <source>Engineering tokens (clear credit, clear tamper, power limits, test) need a reason, such as the work order. Key changes and the TID rollover give the meter two key change tokens first: they must be entered before any newer credit token. &apos;What is this token?&apos; decodes a token for a meter and says who issued it. Meter test talks to a meter on a serial port.</source>
        <translation>Kailangan ng dahilan ang mga engineering token (clear credit, clear tamper, limitasyon ng power, test), gaya ng work order. Ang pagpapalit ng key at ang TID rollover ay nagbibigay muna sa metro ng dalawang key change token: dapat itong ilagay bago ang anumang mas bagong credit token. Dine-decode ng &apos;Ano ang token na ito?&apos; ang isang token para sa isang metro at sinasabi kung sino ang gumawa nito. Nakikipag-usap ang Pagsubok ng metro sa isang metro sa serial port.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/help.py" line="34"/>
        <source>Supervisor</source>
        <translation>Superbisor</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/help.py" line="34"/>
        <source>Unlock the vending keys at the start of the day (bottom right), also at a cashier&apos;s screen without signing the cashier out. Void a sale from Customers &amp; meters with a reason: the token cannot be taken back, the void records a write-off. When the computer&apos;s clock disagrees with the office&apos;s records, check the clock before you confirm it. Reports and shifts has the X and Z reports and the sales reports.</source>
        <translation>Buksan ang mga vending key sa simula ng araw (kanang ibaba), pati sa screen ng kahero nang hindi siya pinapa-sign out. Mag-void ng benta mula sa Mga customer at metro na may dahilan: hindi na mababawi ang token, itinatala ng void ang isang write-off. Kapag hindi tugma ang orasan ng computer sa mga talaan ng tanggapan, suriin ang orasan bago ito kumpirmahin. Nasa Mga ulat at shift ang X at Z report at ang mga ulat ng benta.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/help.py" line="35"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/help.py" line="35"/>
        <source>Users and roles, supply groups and their vending keys (entered once, never shown again), tariffs, payment methods, printers and ports, backups and restore, and the audit log&apos;s check are in Administration.</source>
        <translation>Nasa Pangangasiwa ang mga user at tungkulin, ang mga supply group at ang kanilang vending key (isang beses ilalagay, hindi na ipapakita muli), ang mga taripa, paraan ng pagbabayad, printer at port, mga backup at restore, at ang pagsusuri ng audit log.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/help.py" line="51"/>
        <source>sts-pos help</source>
        <translation>Tulong sa sts-pos</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="33"/>
        <source>Meters with their customers</source>
        <translation>Mga metro kasama ang kanilang mga customer</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="34"/>
        <source>Customers</source>
        <translation>Mga customer</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="35"/>
        <source>Tariffs</source>
        <translation>Mga taripa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="74"/>
        <source>1. The file</source>
        <translation>1. Ang file</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="80"/>
        <source>CSV (UTF-8) or Excel .xlsx file</source>
        <translation>File na CSV (UTF-8) o Excel .xlsx</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="81"/>
        <source>Choose file…</source>
        <translation>Pumili ng file…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="83"/>
        <source>Preview</source>
        <translation>Silipin</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="89"/>
        <source>2. Columns and first rows</source>
        <translation>2. Mga column at mga unang hanay</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="91"/>
        <source>Each column of the file goes to the field chosen above it (matched by the column&apos;s name); choose another field, or ignore the column.</source>
        <translation>Ang bawat column ng file ay napupunta sa field na pinili sa itaas nito (itinugma ayon sa pangalan ng column); pumili ng ibang field, o huwag pansinin ang column.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="103"/>
        <source>3. Check and import</source>
        <translation>3. Suriin at i-import</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="106"/>
        <source>Import the good rows even if some are refused</source>
        <translation>I-import ang maayos na mga hanay kahit may tinanggihan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="108"/>
        <source>Meters on base date 1993: set their TID rollover pending</source>
        <translation>Mga metro sa base date 1993: itakdang nakabinbin ang kanilang TID rollover</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="115"/>
        <source>Check the file</source>
        <translation>Suriin ang file</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="117"/>
        <source>Import…</source>
        <translation>I-import…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="121"/>
        <source>Save the refused rows…</source>
        <translation>I-save ang mga tinanggihang hanay…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="140"/>
        <source>The file to import</source>
        <translation>Ang file na i-import</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="141"/>
        <source>Register files (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Mga file ng talaan (*.csv *.xlsx *.txt);;Lahat ng file (*)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="153"/>
        <source>Choose the file to import first.</source>
        <translation>Pumili muna ng file na i-import.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="178"/>
        <source>(ignore)</source>
        <translation>(huwag pansinin)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="187"/>
        <source>{0} rows in the file; the first {1} are shown.</source>
        <translation>{0} hanay sa file; ipinapakita ang unang {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="204"/>
        <source>Check the file first.</source>
        <translation>Suriin muna ang file.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="206"/>
        <source>Import</source>
        <translation>I-import</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="207"/>
        <source>Import {0} into this office now? The import is recorded in the audit log.</source>
        <translation>I-import na ang {0} sa opisinang ito? Itinatala ang pag-import sa audit log.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="217"/>
        <source>Preview the file first, to see how its columns are mapped.</source>
        <translation>Silipin muna ang file, para makita kung paano itinugma ang mga column nito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="234"/>
        <source>Imported {0} of {1} rows.</source>
        <translation>Na-import ang {0} sa {1} hanay.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="236"/>
        <source>Checked: {0} of {1} rows can be imported, {2} refused. Nothing was written yet.</source>
        <translation>Nasuri: {0} sa {1} hanay ang maaaring i-import, {2} ang tinanggihan. Wala pang naisulat.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="240"/>
        <source>Nothing was imported: {0} rows were refused.</source>
        <translation>Walang na-import: {0} hanay ang tinanggihan.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="243"/>
        <source>{0} meters are on base date 1993 and need the TID rollover.</source>
        <translation>{0} metro ang nasa base date 1993 at kailangan ng TID rollover.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="246"/>
        <source>Row {0}: {1}</source>
        <translation>Hanay {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="252"/>
        <source>Save the refused rows</source>
        <translation>I-save ang mga tinanggihang hanay</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="253"/>
        <source>CSV files (*.csv)</source>
        <translation>Mga file na CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/import_wizard.py" line="266"/>
        <source>The refused rows were saved in {0}.</source>
        <translation>Na-save ang mga tinanggihang hanay sa {0}.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../src/sts_pos/gui/login.py" line="40"/>
        <location filename="../../ui/login.ui" line="19"/>
        <source>Vending office</source>
        <translation>Tanggapan ng bentahan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/login.py" line="42"/>
        <source>Locked after a period without activity. Sign in to continue.</source>
        <translation>Naka-lock dahil walang aktibidad nang ilang sandali. Mag-sign in para magpatuloy.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/login.py" line="45"/>
        <location filename="../../ui/login.ui" line="20"/>
        <source>Sign in to start selling electricity</source>
        <translation>Mag-sign in para magsimulang magbenta ng kuryente</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/login.py" line="54"/>
        <source>Type your user name and password.</source>
        <translation>I-type ang iyong user name at password.</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="25"/>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="27"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="32"/>
        <source>Sign in</source>
        <translation>Mag-sign in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="129"/>
        <source>&amp;Office</source>
        <translation>&amp;Tanggapan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="130"/>
        <source>&amp;Lock</source>
        <translation>I-&amp;lock</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="132"/>
        <source>&amp;Unlock the key vault…</source>
        <translation>&amp;Buksan ang key vault…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="134"/>
        <source>&amp;Sign out</source>
        <translation>Mag-&amp;sign out</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="136"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lumabas</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="142"/>
        <source>&amp;Help</source>
        <translation>&amp;Tulong</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="143"/>
        <source>&amp;Help and shortcuts</source>
        <translation>&amp;Tulong at mga shortcut</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="147"/>
        <source>&amp;About sts-pos</source>
        <translation>&amp;Tungkol sa sts-pos</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="155"/>
        <source>Unlock vault</source>
        <translation>Buksan ang vault</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="282"/>
        <source>shift {0}</source>
        <translation>shift {0}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="282"/>
        <source>no shift open</source>
        <translation>walang bukas na shift</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="287"/>
        <source>cashier</source>
        <translation>kahera</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="287"/>
        <source>technician</source>
        <translation>tekniko</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="288"/>
        <source>supervisor</source>
        <translation>superbisor</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="288"/>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="296"/>
        <source>Key vault unlocked</source>
        <translation>Bukas ang key vault</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="296"/>
        <source>Key vault locked</source>
        <translation>Naka-lock ang key vault</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="321"/>
        <source>Unlock the key vault</source>
        <translation>Buksan ang key vault</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="322"/>
        <source>The vending keys are locked. A supervisor types the office vault passphrase:</source>
        <translation>Naka-lock ang mga vending key. I-type ng superbisor ang passphrase ng vault ng tanggapan:</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="323"/>
        <source>Key vault unlocked for this session.</source>
        <translation>Bukas ang key vault para sa sesyong ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="340"/>
        <source>Module PIN</source>
        <translation>PIN ng module</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="340"/>
        <source>Vault passphrase</source>
        <translation>Passphrase ng vault</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="341"/>
        <source>Unlock the vending keys</source>
        <translation>Buksan ang mga vending key</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="342"/>
        <source>The vending keys are locked, so no token can be made yet; nothing was sold. A supervisor signs in here and unlocks them; the cashier stays signed in.</source>
        <translation>Naka-lock ang mga vending key, kaya wala pang token na magagawa; walang naibenta. Magsa-sign in dito ang isang superbisor at bubuksan ang mga ito; mananatiling naka-sign in ang kahero.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="343"/>
        <source>Unlock</source>
        <translation>Buksan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="363"/>
        <source>About sts-pos</source>
        <translation>Tungkol sa sts-pos</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="364"/>
        <source>&lt;b&gt;sts-pos {0}&lt;/b&gt;&lt;br&gt;Prepaid electricity vending: STS tokens (IEC 62055-41) and IC customer cards.</source>
        <translation>&lt;b&gt;sts-pos {0}&lt;/b&gt;&lt;br&gt;Bentahan ng prepaid na kuryente: mga STS token (IEC 62055-41) at IC card ng customer.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="294"/>
        <source>Secure module unlocked</source>
        <translation>Naka-unlock ang secure module</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="294"/>
        <source>Secure module locked</source>
        <translation>Naka-lock ang secure module</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="317"/>
        <source>Unlock the secure module</source>
        <translation>I-unlock ang secure module</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="318"/>
        <source>The vending keys are in a secure module. A supervisor types the token&apos;s user PIN:</source>
        <translation>Nasa isang secure module ang mga vending key. Ita-type ng superbisor ang user PIN ng token:</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="319"/>
        <source>Secure module unlocked for this session.</source>
        <translation>Naka-unlock ang secure module para sa session na ito.</translation>
    </message>
</context>
<context>
    <name>MeterTestScreen</name>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="30"/>
        <source>DL/T 645-2007 (RS-485)</source>
        <translation>DL/T 645-2007 (RS-485)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="31"/>
        <source>IEC 62056-21 mode C (optical)</source>
        <translation>IEC 62056-21 mode C (optical)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="36"/>
        <source>The token was accepted and applied.</source>
        <translation>Tinanggap at nailapat ang token.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="37"/>
        <source>The test/display token was accepted; the meter runs the requested test or display.</source>
        <translation>Tinanggap ang test/display token; gagawin ng metro ang hiniling na test o display.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="39"/>
        <source>The first key change token was accepted. Enter the next key change token(s) from the same receipt, then the credit token.</source>
        <translation>Tinanggap ang unang key change token. Ilagay ang susunod na key change token mula sa parehong resibo, saka ang credit token.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="41"/>
        <source>The key change is complete: the meter now uses its new key. Enter the credit token that came with it.</source>
        <translation>Kumpleto na ang pagpalit ng key: ginagamit na ng metro ang bago nitong key. Ilagay ang credit token na kasama nito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="43"/>
        <source>This token was already entered in this meter. Each token works once; no credit was added. If the customer did not get the credit, check the meter&apos;s credit display.</source>
        <translation>Naipasok na ang token na ito sa metrong ito. Isang beses lang gumagana ang bawat token; walang naidagdag na kredito. Kung hindi natanggap ng customer ang kredito, tingnan ang display ng kredito ng metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="46"/>
        <source>This token is older than the tokens the meter remembers and was refused. Issue a new token; never reuse an old one.</source>
        <translation>Mas luma ang token na ito kaysa sa mga token na naaalala ng metro kaya tinanggihan ito. Gumawa ng bagong token; huwag nang gamitin muli ang luma.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="48"/>
        <source>The meter&apos;s key has expired (key expiry number reached). The meter needs a key change before it can take credit.</source>
        <translation>Expired na ang key ng metro (naabot na ang key expiry number). Kailangan ng metro ng pagpalit ng key bago ito makatanggap ng kredito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="50"/>
        <source>The token does not fit this meter: a digit was mistyped, or it was made for another meter or an old key. Check the meter number on the receipt and re-enter.</source>
        <translation>Hindi para sa metrong ito ang token: may maling na-type na digit, o ginawa ito para sa ibang metro o lumang key. Suriin ang numero ng metro sa resibo at ilagay muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="53"/>
        <source>A token has exactly 20 digits. Clear the display and type it again.</source>
        <translation>Eksaktong 20 digit ang isang token. Burahin ang display at i-type itong muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="55"/>
        <source>The meter&apos;s credit register cannot hold this much credit. Let the customer use some credit first, or vend a smaller amount.</source>
        <translation>Hindi kaya ng credit register ng metro ang ganito karaming kredito. Hayaang gamitin muna ng customer ang ilang kredito, o magbenta ng mas maliit na halaga.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="57"/>
        <source>This token is for a different kind of meter (water, gas, time or currency); this electricity meter refused it.</source>
        <translation>Para sa ibang uri ng metro ang token na ito (tubig, gas, oras o pera); tinanggihan ito ng metrong ito ng kuryente.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="90"/>
        <source>The serial meter link is missing.</source>
        <translation>Wala ang koneksyon sa serial na metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="96"/>
        <source>Connection</source>
        <translation>Koneksyon</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="101"/>
        <source>/dev/ttyUSB0, COM3 or socket://host:port</source>
        <translation>/dev/ttyUSB0, COM3 o socket://host:port</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="106"/>
        <source>blank: the meter on the line</source>
        <translation>blangko: ang metrong nasa linya</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="107"/>
        <source>Connect and read registers</source>
        <translation>Kumonekta at basahin ang mga rehistro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="110"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="111"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="112"/>
        <source>Meter address</source>
        <translation>Address ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="116"/>
        <source>Send a token</source>
        <translation>Magpadala ng token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="120"/>
        <source>20-digit token</source>
        <translation>token na may 20 digit</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="121"/>
        <source>Send token</source>
        <translation>Ipadala ang token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="123"/>
        <source>Send test token</source>
        <translation>Ipadala ang test token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="130"/>
        <source>The meter&apos;s answer appears here.</source>
        <translation>Lalabas dito ang sagot ng metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="136"/>
        <source>Registers</source>
        <translation>Mga rehistro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="139"/>
        <source>Register</source>
        <translation>Rehistro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="139"/>
        <source>Value</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="150"/>
        <source>Choose or type the serial port the meter is connected to.</source>
        <translation>Piliin o i-type ang serial port na kinakabitan ng metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="172"/>
        <source>yes</source>
        <translation>oo</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="172"/>
        <source>no</source>
        <translation>hindi</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="175"/>
        <source>Combined active energy</source>
        <translation>Pinagsamang active energy</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="176"/>
        <source>Meter clock</source>
        <translation>Orasan ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="176"/>
        <source>Identification</source>
        <translation>Pagkakakilanlan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="177"/>
        <source>Meter number</source>
        <translation>Numero ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="173"/>
        <source>Address</source>
        <translation>Address ng metro (bus)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="177"/>
        <source>Manufacturer</source>
        <translation>Tagagawa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="173"/>
        <source>Energy used</source>
        <translation>Nagamit na enerhiya</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="178"/>
        <source>Remaining credit</source>
        <translation>Natitirang kredito</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="179"/>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="180"/>
        <source>closed (power on)</source>
        <translation>sarado (may kuryente)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="180"/>
        <source>open (power off)</source>
        <translation>bukas (walang kuryente)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="181"/>
        <source>Tamper</source>
        <translation>Tamper</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="185"/>
        <source>Supply group / tariff / key revision</source>
        <translation>Supply group / taripa / rebisyon ng key</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="187"/>
        <source>Key type / expiry / base date</source>
        <translation>Uri ng key / expiry / base date</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="190"/>
        <source>Last token</source>
        <translation>Huling token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="192"/>
        <source>Not in this meter</source>
        <translation>Wala sa metrong ito</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="198"/>
        <source>Accepted</source>
        <translation>Tinanggap</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="198"/>
        <source>Not accepted</source>
        <translation>Hindi tinanggap</translation>
    </message>
</context>
<context>
    <name>NotAvailable</name>
    <message>
        <location filename="../../src/sts_pos/gui/widgets.py" line="99"/>
        <source>{0} is not available in this build.</source>
        <translation>Wala pa ang {0} sa bersyong ito.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="55"/>
        <source>The office</source>
        <translation>Ang tanggapan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="56"/>
        <source>Printed on every receipt and report. Money is counted in the currency below.</source>
        <translation>Nakalimbag sa bawat resibo at ulat. Ang pera ay binibilang sa currency sa ibaba.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="63"/>
        <source>Office &amp;name</source>
        <translation>&amp;Pangalan ng tanggapan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="64"/>
        <source>&amp;VAT number</source>
        <translation>&amp;VAT number (TIN)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="65"/>
        <source>Currency &amp;code (ISO, e.g. PHP)</source>
        <translation>&amp;Code ng currency (ISO, hal. PHP)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="66"/>
        <source>Currency &amp;symbol</source>
        <translation>&amp;Simbolo ng currency</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="67"/>
        <source>&amp;Decimals</source>
        <translation>&amp;Desimal</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="74"/>
        <source>The currency code is three letters, such as PHP, ZAR or NGN.</source>
        <translation>Tatlong titik ang code ng currency, gaya ng PHP, ZAR o NGN.</translation>
    </message>
</context>
<context>
    <name>OfficeSession</name>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="26"/>
        <source>Key change 1</source>
        <translation>Pagpalit ng key 1</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="26"/>
        <source>Key change 2</source>
        <translation>Pagpalit ng key 2</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="27"/>
        <source>Key change 3</source>
        <translation>Pagpalit ng key 3</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="27"/>
        <source>Key change 4</source>
        <translation>Pagpalit ng key 4</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="28"/>
        <source>Credit</source>
        <translation>Kredito</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="28"/>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="123"/>
        <source>Free basic electricity</source>
        <translation>Libreng batayang kuryente</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="29"/>
        <source>Clear credit</source>
        <translation>Burahin ang kredito</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="29"/>
        <source>Clear tamper</source>
        <translation>Burahin ang tamper</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="30"/>
        <source>Set maximum power</source>
        <translation>Itakda ang pinakamataas na power</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="31"/>
        <source>Set phase unbalance limit</source>
        <translation>Itakda ang limit ng phase unbalance</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="32"/>
        <source>Test / display</source>
        <translation>Test / display</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="32"/>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="122"/>
        <source>{0} is not available in this build of sts-pos.</source>
        <translation>Wala ang {0} sa bersyong ito ng sts-pos.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="126"/>
        <source>PDF files</source>
        <translation>Mga PDF file</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="127"/>
        <source>outbox only</source>
        <translation>sa outbox lamang</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="128"/>
        <source>Receipts: {0} · SMS: {1}</source>
        <translation>Resibo: {0} · SMS: {1}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="134"/>
        <source>The vending office</source>
        <translation>Ang tanggapan ng bentahan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="172"/>
        <source>Sign in first.</source>
        <translation>Mag-sign in muna.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="56"/>
        <source>Key change pending: the customer gets key change tokens to enter before the credit token.</source>
        <translation>May nakabinbing pagpalit ng key: makakatanggap ang customer ng mga key change token na ilalagay bago ang credit token.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="59"/>
        <source>Meter on base date 1993: it needs the TID-rollover key change (given with the next purchase).</source>
        <translation>Nasa base date 1993 ang metro: kailangan nito ang TID-rollover na pagpalit ng key (ibibigay kasama ng susunod na pagbili).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="62"/>
        <source>No customer account is linked to this meter; it cannot be vended.</source>
        <translation>Walang account ng customer na naka-link sa metrong ito; hindi ito mabebentahan.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="64"/>
        <source>The meter&apos;s tariff index has no tariff; a supervisor must set it up.</source>
        <translation>Walang taripa ang tariff index ng metro; kailangan itong i-set up ng superbisor.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="91"/>
        <source>There is no customer with account {0}.</source>
        <translation>Walang customer na may account na {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="106"/>
        <source>Tendered</source>
        <translation>Ibinayad</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="107"/>
        <source>Fixed monthly charge</source>
        <translation>Buwanang singil</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="107"/>
        <source>Debt recovery</source>
        <translation>Pagbawi ng utang</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="111"/>
        <source>debt left {0}</source>
        <translation>natitirang utang {0}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="114"/>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="119"/>
        <source>Block {0}</source>
        <translation>Bloke {0}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="119"/>
        <source>{0} kWh at {1}/kWh</source>
        <translation>{0} kWh sa {1}/kWh</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="121"/>
        <source>Energy</source>
        <translation>Enerhiya</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="121"/>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="123"/>
        <source>{0} kWh</source>
        <translation>{0} kWh</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="125"/>
        <source>Change</source>
        <translation>Sukli</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="125"/>
        <source>back to the customer</source>
        <translation>ibabalik sa customer</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="170"/>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="255"/>
        <source>This customer has no phone number; add one in Customers &amp; meters.</source>
        <translation>Walang numero ng telepono ang customer na ito; magdagdag sa Mga customer at metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="269"/>
        <source>queued for {0}; it is sent when a GSM modem is set up</source>
        <translation>nakapila para sa {0}; ipapadala ito kapag may naka-set up na GSM modem</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="273"/>
        <source>sent to {0} ({1})</source>
        <translation>naipadala sa {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="37"/>
        <source>No card reader is connected. Plug in the reader.</source>
        <translation>Walang nakakonektang card reader. Isaksak ang reader.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="38"/>
        <source>{0}: card inserted</source>
        <translation>{0}: may card na nakapasok</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="39"/>
        <source>{0}: no card</source>
        <translation>{0}: walang card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_reports.py" line="92"/>
        <source>No shift is open; the X report is of the open shift.</source>
        <translation>Walang bukas na shift; ang X report ay para sa bukas na shift.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_reports.py" line="98"/>
        <source>The Z report is taken when a shift is closed; close your shift first.</source>
        <translation>Kinukuha ang Z report kapag sarado na ang shift; isara muna ang iyong shift.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="178"/>
        <source>Meter {0} gets key change tokens to SGC {1}, KRN {2}, TI {3:02d} with its next purchase (or as an engineering key change).</source>
        <translation>Makakatanggap ang metro {0} ng mga key change token papuntang SGC {1}, KRN {2}, TI {3:02d} sa susunod nitong pagbili (o bilang engineering na pagpalit ng key).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="196"/>
        <source>TID rollover of supply group {0}</source>
        <translation>TID rollover ng supply group {0}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="198"/>
        <source>No meter of supply group {0} is still on base date 1993.</source>
        <translation>Wala nang metro ng supply group {0} ang nasa base date 1993.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="231"/>
        <source>Token {0}</source>
        <translation>Token {0}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="232"/>
        <source>Meter {0}, SGC {1}, KRN {2}, TI {3:02d}, base date {4}</source>
        <translation>Metro {0}, SGC {1}, KRN {2}, TI {3:02d}, base date {4}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="234"/>
        <source>Kind: {0} (class {1}, subclass {2})</source>
        <translation>Uri: {0} (class {1}, subclass {2})</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="238"/>
        <source>Issued: {0} office time (TID {1})</source>
        <translation>Ginawa: {0} oras ng tanggapan (TID {1})</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="242"/>
        <source>Amount: {0} kWh</source>
        <translation>Halaga: {0} kWh</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="246"/>
        <source>Issued by this office ({0}).</source>
        <translation>Ginawa ng tanggapang ito ({0}).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="250"/>
        <source>This token is not for meter {0} with its current key: a digit may be mistyped, or it was made for another meter or key.</source>
        <translation>Hindi para sa metro {0} na may kasalukuyang key ang token na ito: maaaring may maling na-type na digit, o ginawa ito para sa ibang metro o key.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="340"/>
        <source>The office was restored from {0} (schema {1}). A supervisor unlocks the key vault again before selling.</source>
        <translation>Naibalik ang tanggapan mula sa {0} (schema {1}). Bubuksan muli ng superbisor ang key vault bago magbenta.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="350"/>
        <source>Set tariff rate</source>
        <translation>Itakda ang presyo ng taripa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="351"/>
        <source>Set water meter factor</source>
        <translation>Itakda ang factor ng metro ng tubig</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="359"/>
        <source>Credit (other utility)</source>
        <translation>Kredito (ibang utility)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="72"/>
        <location filename="../../src/sts_pos/gui/office_back.py" line="256"/>
        <source>yes</source>
        <translation>oo</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="18"/>
        <source>Sales by day</source>
        <translation>Benta ayon sa araw</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="18"/>
        <source>Sales by month</source>
        <translation>Benta ayon sa buwan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="19"/>
        <source>Sales by cashier</source>
        <translation>Benta ayon sa kahera</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="19"/>
        <source>Sales by tariff</source>
        <translation>Benta ayon sa taripa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="20"/>
        <source>Sales by supply group</source>
        <translation>Benta ayon sa supply group</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="21"/>
        <source>Free basic electricity issued</source>
        <translation>Naibigay na libreng batayang kuryente</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="22"/>
        <source>Debt recovered and outstanding</source>
        <translation>Nabawi at natitirang utang</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="23"/>
        <source>Engineering and key change tokens</source>
        <translation>Mga engineering at key change token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="24"/>
        <source>Meters not vended for N days</source>
        <translation>Mga metrong hindi nabentahan sa loob ng N araw</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="25"/>
        <source>Consumption and remaining credit (card write-backs)</source>
        <translation>Konsumo at natitirang kredito (mula sa card)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="72"/>
        <location filename="../../src/sts_pos/gui/office_back.py" line="256"/>
        <source>no</source>
        <translation>hindi</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="166"/>
        <source>There is no engineering job {0}.</source>
        <translation>Walang trabahong pang-inhinyeriya na {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="247"/>
        <source>receipt {0}</source>
        <translation>resibo {0}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="248"/>
        <source>engineering slip {0}</source>
        <translation>slip pang-inhinyeriya {0}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="288"/>
        <source>every kWh</source>
        <translation>bawat kWh</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="318"/>
        <source>Tariff {0:02d} {1} saved; quotes use it from now on.</source>
        <translation>Na-save ang taripa {0:02d} {1}; gagamitin na ito ng mga quote mula ngayon.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="330"/>
        <source>The audit log is intact: {0} entries checked.</source>
        <translation>Buo ang audit log: {0} entry ang nasuri.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="331"/>
        <source>The audit log is broken at entry {0}: {1}.</source>
        <translation>Sira ang audit log sa entry {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="335"/>
        <source>Backup written to {0} ({1} bytes, checked).</source>
        <translation>Naisulat ang backup sa {0} ({1} bytes, nasuri).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="26"/>
        <source>Replaced tokens (free re-issues after a key change)</source>
        <translation>Mga napalitang token (libreng muling pag-isyu matapos palitan ang susi)</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="35"/>
        <source>Show Details...</source>
        <translation>Ipakita ang detalye...</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="35"/>
        <source>Hide Details...</source>
        <translation>Itago ang detalye...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="28"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="28"/>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="29"/>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="29"/>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="30"/>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="30"/>
        <source>Discard</source>
        <translation>Itapon</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="31"/>
        <source>Apply</source>
        <translation>Ilapat</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="31"/>
        <source>Reset</source>
        <translation>I-reset</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="32"/>
        <source>Help</source>
        <translation>Tulong</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="32"/>
        <source>&amp;Yes</source>
        <translation>&amp;Oo</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="33"/>
        <source>&amp;No</source>
        <translation>&amp;Hindi</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="33"/>
        <source>Abort</source>
        <translation>Ihinto</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="34"/>
        <source>Retry</source>
        <translation>Subukang muli</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="34"/>
        <source>Ignore</source>
        <translation>Huwag pansinin</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="36"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Bumalik</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="36"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Susunod &gt;</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="37"/>
        <source>&amp;Finish</source>
        <translation>&amp;Tapusin</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="37"/>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <location filename="../../src/sts_pos/gui/receipt_preview.py" line="25"/>
        <source>Receipt preview</source>
        <translation>Silip sa resibo</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/receipt_preview.py" line="25"/>
        <source>Slip preview</source>
        <translation>Silip sa slip</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/receipt_preview.py" line="28"/>
        <source>The slip as it will print. Print it, or cancel to print nothing.</source>
        <translation>Ang slip ayon sa pagkaka-print nito. I-print ito, o kanselahin para walang i-print.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/receipt_preview.py" line="29"/>
        <source>The receipt as it will print. Print it, or cancel to print nothing.</source>
        <translation>Ang resibo kung paano ito ipi-print. I-print ito, o kanselahin para walang ma-print.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/receipt_preview.py" line="44"/>
        <source>Print</source>
        <translation>I-print</translation>
    </message>
</context>
<context>
    <name>RecentSales</name>
    <message>
        <location filename="../../src/sts_pos/gui/recent_sales.py" line="22"/>
        <source>Recent sales (reprint: Ctrl+R)</source>
        <translation>Mga huling benta (muling i-print: Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/recent_sales.py" line="27"/>
        <source>Receipt</source>
        <translation>Resibo</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/recent_sales.py" line="27"/>
        <source>Time</source>
        <translation>Oras</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/recent_sales.py" line="27"/>
        <source>Meter</source>
        <translation>Metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/recent_sales.py" line="27"/>
        <source>Amount</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/recent_sales.py" line="28"/>
        <source>Units</source>
        <translation>Yunit</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/recent_sales.py" line="34"/>
        <source>Recent sales</source>
        <translation>Mga huling benta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/recent_sales.py" line="54"/>
        <source>Voided</source>
        <translation>Napawalang-bisa</translation>
    </message>
</context>
<context>
    <name>RemoteScreen</name>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="197"/>
        <source>Raised</source>
        <translation>Nag-alarma</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="197"/>
        <source>Alarm</source>
        <translation>Alarma</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="197"/>
        <location filename="../../src/sts_pos/gui/remote.py" line="199"/>
        <source>Meter</source>
        <translation>Metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="197"/>
        <location filename="../../src/sts_pos/gui/remote.py" line="200"/>
        <location filename="../../src/sts_pos/gui/remote.py" line="202"/>
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="198"/>
        <source>Detail</source>
        <translation>Detalye</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="198"/>
        <source>State</source>
        <translation>Kalagayan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="199"/>
        <source>Updated</source>
        <translation>Na-update</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="199"/>
        <source>Sale</source>
        <translation>Benta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="199"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="200"/>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="200"/>
        <location filename="../../src/sts_pos/gui/remote.py" line="204"/>
        <source>Tries</source>
        <translation>Mga subok</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="201"/>
        <source>Meter&apos;s answer</source>
        <translation>Sagot ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="202"/>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="202"/>
        <source>Meters</source>
        <translation>Mga metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="203"/>
        <source>Last seen</source>
        <translation>Huling nakita</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="203"/>
        <source>Secret</source>
        <translation>Lihim</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="204"/>
        <source>Identifier</source>
        <translation>Pagkakakilanlan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="204"/>
        <source>From</source>
        <translation>Mula sa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="205"/>
        <source>Last tried</source>
        <translation>Huling sinubukan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="205"/>
        <source>Why refused</source>
        <translation>Bakit tinanggihan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="210"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Kilalanin</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="213"/>
        <source>&amp;Refresh</source>
        <translation>&amp;I-refresh</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="222"/>
        <source>Refused connections (add a known collector with &apos;sts-pos collector add&apos;):</source>
        <translation>Mga tinanggihang koneksyon (magdagdag ng kilalang collector gamit ang &apos;sts-pos collector add&apos;):</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="225"/>
        <source>Alarms</source>
        <translation>Mga alarma</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="226"/>
        <source>Deliveries</source>
        <translation>Mga paghahatid</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="227"/>
        <source>Collectors</source>
        <translation>Mga collector</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="262"/>
        <source>Tamper</source>
        <translation>Tamper</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="262"/>
        <source>Low credit</source>
        <translation>Mababang kredito</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="262"/>
        <source>Relay open</source>
        <translation>Bukas ang relay</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="263"/>
        <source>Meter silent</source>
        <translation>Tahimik ang metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="263"/>
        <source>Meter clock off</source>
        <translation>Mali ang orasan ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="264"/>
        <source>Power cut</source>
        <translation>Pagkawala ng kuryente</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="267"/>
        <source>cleared {0}</source>
        <translation>naalis {0}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="267"/>
        <source>open</source>
        <translation>bukas</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="273"/>
        <source>never</source>
        <translation>hindi kailanman</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="274"/>
        <source>yes</source>
        <translation>oo</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="274"/>
        <source>no</source>
        <translation>hindi</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <location filename="../../src/sts_pos/gui/report_chart.py" line="20"/>
        <source>Amount paid</source>
        <translation>Halagang ibinayad</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/report_chart.py" line="20"/>
        <source>Sales</source>
        <translation>Mga benta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/report_chart.py" line="21"/>
        <source>Units</source>
        <translation>Yunit</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <location filename="../../src/sts_pos/gui/report_table.py" line="66"/>
        <source>Total</source>
        <translation>Kabuuan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/report_table.py" line="99"/>
        <source>Choose a report and press Show.</source>
        <translation>Pumili ng ulat at pindutin ang Ipakita.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/report_table.py" line="132"/>
        <source>{0} - COPY</source>
        <translation>{0} - KOPYA</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/report_table.py" line="134"/>
        <source>From {0} to {1}</source>
        <translation>Mula {0} hanggang {1}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="442"/>
        <source>Day</source>
        <translation>Araw</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="443"/>
        <source>Receipt</source>
        <translation>Resibo</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="444"/>
        <source>Meter</source>
        <translation>Metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="445"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="446"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="447"/>
        <source>Free units</source>
        <translation>Mga libreng yunit</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="448"/>
        <source>Recovered in period</source>
        <translation>Nabawi sa panahon</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="449"/>
        <source>Sales with recovery</source>
        <translation>Mga benta na may pagbawi</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="450"/>
        <source>Outstanding now</source>
        <translation>Natitirang utang ngayon</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="451"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="452"/>
        <source>By</source>
        <translation>Ni</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="453"/>
        <source>Reason</source>
        <translation>Dahilan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="454"/>
        <source>Token number</source>
        <translation>Numero ng token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="455"/>
        <source>Original receipt (replaced)</source>
        <translation>Orihinal na resibo (pinalitan)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="456"/>
        <source>Units</source>
        <translation>Yunit</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="457"/>
        <source>Replacement slip</source>
        <translation>Slip ng kapalit</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="458"/>
        <source>Phone</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="459"/>
        <source>Last sale</source>
        <translation>Huling benta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="460"/>
        <source>Days without a sale</source>
        <translation>Mga araw na walang benta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="461"/>
        <source>Readings</source>
        <translation>Mga pagbasa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="462"/>
        <source>Consumption</source>
        <translation>Konsumo</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="463"/>
        <source>Remaining credit</source>
        <translation>Natitirang kredito</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="464"/>
        <source>Last reading</source>
        <translation>Huling pagbasa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="465"/>
        <source>Alarm</source>
        <translation>Alarma</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="466"/>
        <source>Raised</source>
        <translation>Lumitaw</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="467"/>
        <source>Meters</source>
        <translation>Mga metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="468"/>
        <source>Condition still there</source>
        <translation>Naroon pa ang kondisyon</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="469"/>
        <source>Acknowledged</source>
        <translation>Kinilala</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="470"/>
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="471"/>
        <source>Days silent</source>
        <translation>Mga araw na tahimik</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="472"/>
        <source>Sales</source>
        <translation>Mga benta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="473"/>
        <source>Amount paid</source>
        <translation>Halagang ibinayad</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="474"/>
        <source>Energy</source>
        <translation>Enerhiya</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="475"/>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="476"/>
        <source>Fixed charges</source>
        <translation>Mga nakapirming singil</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="477"/>
        <source>Debt recovered</source>
        <translation>Utang na nabawi</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="478"/>
        <source>Voids</source>
        <translation>Mga pinawalang-bisa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="479"/>
        <source>Voided amount</source>
        <translation>Halagang pinawalang-bisa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="480"/>
        <source>Item</source>
        <translation>Bagay</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="481"/>
        <source>Amount</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="482"/>
        <source>Count</source>
        <translation>Bilang</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="36"/>
        <source>Sales per day</source>
        <translation>Benta bawat araw</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="37"/>
        <source>Sales per month</source>
        <translation>Benta bawat buwan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="38"/>
        <source>Units per tariff</source>
        <translation>Unit ayon sa taripa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="39"/>
        <source>Cashier comparison</source>
        <translation>Paghahambing ng mga kahera</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="72"/>
        <source>My shift</source>
        <translation>Ang aking shift</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="72"/>
        <source>Shifts</source>
        <translation>Mga shift</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="75"/>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="109"/>
        <source>No shift open.</source>
        <translation>Walang bukas na shift.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="81"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="84"/>
        <source>Open shift…</source>
        <translation>Buksan ang shift…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="85"/>
        <source>Close shift…</source>
        <translation>Isara ang shift…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="86"/>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="187"/>
        <source>X report</source>
        <translation>X report</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="87"/>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="152"/>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="187"/>
        <source>Z report</source>
        <translation>Z report</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="111"/>
        <source>1 sale</source>
        <translation>1 benta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="112"/>
        <source>{0} sales</source>
        <translation>{0} benta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="113"/>
        <source>Shift {0}, opened {1} with a float of {2}.
{3}, {4} taken, {5}.</source>
        <translation>Shift {0}, binuksan {1} na may panimulang pera na {2}.
{3}, {4} natanggap, {5}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="133"/>
        <source>open</source>
        <translation>bukas</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="134"/>
        <source>closed, Z taken</source>
        <translation>sarado, nakuha na ang Z</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="134"/>
        <source>closed</source>
        <translation>sarado</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="135"/>
        <source>{0} · {1} · {2} · {3}</source>
        <translation>{0} · {1} · {2} · {3}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="150"/>
        <source>Reprint Z (copy)</source>
        <translation>I-print muli ang Z (kopya)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="160"/>
        <source>Close shift</source>
        <translation>Isara ang shift</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="172"/>
        <source>Shift closed. Expected {0}, counted {1}, variance {2}.</source>
        <translation>Sarado na ang shift. Inaasahan {0}, nabilang {1}, diperensya {2}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="188"/>
        <source>{0}, shift {1} ({2})</source>
        <translation>{0}, shift {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="193"/>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="266"/>
        <source>Report saved as {0}.</source>
        <translation>Na-save ang ulat bilang {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="202"/>
        <source>Sales reports</source>
        <translation>Mga ulat ng benta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="210"/>
        <source>Show</source>
        <translation>Ipakita</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="212"/>
        <source>Export…</source>
        <translation>I-export…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="61"/>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="219"/>
        <source>Report</source>
        <translation>Ulat</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="161"/>
        <source>Cash counted in the drawer ({0}):</source>
        <translation>Perang nabilang sa kaha ({0}):</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="220"/>
        <source>From</source>
        <translation>Mula</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="221"/>
        <source>To</source>
        <translation>Hanggang</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="222"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="228"/>
        <source>Sales reports are not available in this build.</source>
        <translation>Wala ang mga ulat ng benta sa bersyong ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="259"/>
        <source>Export report</source>
        <translation>I-export ang ulat</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="64"/>
        <source>Charts</source>
        <translation>Mga tsart</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="278"/>
        <source>Save as PNG…</source>
        <translation>I-save bilang PNG…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="303"/>
        <source>No sales in this period.</source>
        <translation>Walang benta sa panahong ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="307"/>
        <source>Save chart</source>
        <translation>I-save ang tsart</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="308"/>
        <source>PNG images (*.png)</source>
        <translation>Mga PNG na larawan (*.png)</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="77"/>
        <source>IC cards</source>
        <translation>Mga IC card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="39"/>
        <source>Administration</source>
        <translation>Pangangasiwa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="58"/>
        <source>Vend</source>
        <translation>Magbenta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="47"/>
        <source>Reports &amp; shifts</source>
        <translation>Mga ulat at shift</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="67"/>
        <source>Customers &amp; meters</source>
        <translation>Mga customer at metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="48"/>
        <source>Engineering</source>
        <translation>Inhinyeriya</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="83"/>
        <source>Meter test</source>
        <translation>Pagsubok ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/remote.py" line="190"/>
        <source>Remote meters</source>
        <translation>Mga malayong metro</translation>
    </message>
</context>
<context>
    <name>ShiftDialogs</name>
    <message>
        <location filename="../../src/sts_pos/gui/dialogs.py" line="32"/>
        <source>Open shift</source>
        <translation>Buksan ang shift</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/dialogs.py" line="33"/>
        <source>Opening cash float ({0}):</source>
        <translation>Panimulang pera sa kaha ({0}):</translation>
    </message>
</context>
<context>
    <name>TariffDialog</name>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="55"/>
        <source>Edit tariff {0:02d}</source>
        <translation>Baguhin ang taripa {0:02d}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="55"/>
        <source>New tariff</source>
        <translation>Bagong taripa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="61"/>
        <source>The tariff index (TI) that meters carry in their key parameters.</source>
        <translation>Ang tariff index (TI) na dala ng mga metro sa kanilang key parameters.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="62"/>
        <source>e.g. Residential</source>
        <translation>hal. Residensyal</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="63"/>
        <source>Tariff index (TI)</source>
        <translation>Tariff index (TI)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="64"/>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="67"/>
        <source>money</source>
        <translation>pera</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="68"/>
        <source>Blocks</source>
        <translation>Mga bloke</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="70"/>
        <source>Blocks on each meter&apos;s purchases this month (leave “Up to” empty on the last block: it prices everything above)</source>
        <translation>Mga bloke batay sa nabili ng bawat metro ngayong buwan (iwanang blangko ang “Hanggang” sa huling bloke: ito ang presyo ng lahat ng lampas)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="75"/>
        <source>Up to (kWh this month)</source>
        <translation>Hanggang (kWh ngayong buwan)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="76"/>
        <source>Rate ({0} per kWh, before VAT)</source>
        <translation>Presyo ({0} bawat kWh, bago ang VAT)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="83"/>
        <source>Add block</source>
        <translation>Magdagdag ng bloke</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="85"/>
        <source>Remove block</source>
        <translation>Alisin ang bloke</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="93"/>
        <source>Charges and limits</source>
        <translation>Mga singil at limit</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="99"/>
        <source>no maximum</source>
        <translation>walang maximum</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="100"/>
        <source>none</source>
        <translation>wala</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="101"/>
        <source>VAT (%)</source>
        <translation>VAT (%)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="102"/>
        <source>Fixed monthly charge ({0})</source>
        <translation>Buwanang singil ({0})</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="103"/>
        <source>Minimum purchase ({0})</source>
        <translation>Pinakamababang bili ({0})</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="104"/>
        <source>Maximum purchase ({0})</source>
        <translation>Pinakamataas na bili ({0})</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="105"/>
        <source>Free basic electricity (kWh per month, indigent customers)</source>
        <translation>Libreng batayang kuryente (kWh bawat buwan, para sa indigent)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="116"/>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="117"/>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="173"/>
        <source>Give the tariff a name, e.g. Residential.</source>
        <translation>Bigyan ng pangalan ang taripa, hal. Residensyal.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="176"/>
        <source>Tariff index {0:02d} already has a tariff; edit that tariff or choose another index.</source>
        <translation>May taripa na ang tariff index {0:02d}; baguhin ang taripang iyon o pumili ng ibang index.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="181"/>
        <source>Add at least one block with its rate per kWh.</source>
        <translation>Magdagdag ng kahit isang bloke na may presyo bawat kWh.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="187"/>
        <source>Block {0}: type the rate per kWh as a number above zero, e.g. 1.85.</source>
        <translation>Bloke {0}: i-type ang presyo bawat kWh bilang numerong higit sa zero, hal. 1.85.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="192"/>
        <source>Block {0}: type the kWh limit as a number above zero with at most one decimal, e.g. 50 or 50.5.</source>
        <translation>Bloke {0}: i-type ang limit sa kWh bilang numerong higit sa zero na may hanggang isang desimal, hal. 50 o 50.5.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="196"/>
        <source>Block {0}: its kWh limit must be higher than the block before it.</source>
        <translation>Bloke {0}: dapat mas mataas ang limit nito sa kWh kaysa sa naunang bloke.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="202"/>
        <source>Block {0}: only the last block may be left without a kWh limit.</source>
        <translation>Bloke {0}: ang huling bloke lamang ang puwedeng walang limit sa kWh.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="207"/>
        <source>Type the VAT as a percentage from 0 to 100, e.g. 12.</source>
        <translation>I-type ang VAT bilang porsyento mula 0 hanggang 100, hal. 12.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="208"/>
        <source>fixed monthly charge</source>
        <translation>buwanang singil</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="209"/>
        <source>minimum purchase</source>
        <translation>pinakamababang bili</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="210"/>
        <source>maximum purchase</source>
        <translation>pinakamataas na bili</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="212"/>
        <source>The maximum purchase must be more than the minimum purchase (or leave it empty for no maximum).</source>
        <translation>Dapat mas malaki ang pinakamataas na bili kaysa sa pinakamababang bili (o iwanang blangko kung walang maximum).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="219"/>
        <source>Type the free basic electricity in kWh with at most one decimal, e.g. 50 (or leave it empty for none).</source>
        <translation>I-type ang libreng batayang kuryente sa kWh na may hanggang isang desimal, hal. 50 (o iwanang blangko kung wala).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="230"/>
        <source>The {0} “{1}” is not an amount of money; type it like 100 or 250.50.</source>
        <translation>Hindi halaga ng pera ang {0} na “{1}”; i-type ito gaya ng 100 o 250.50.</translation>
    </message>
</context>
<context>
    <name>VaultPage</name>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="111"/>
        <source>Where the vending keys are kept</source>
        <translation>Kung saan itinatago ang mga vending key</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="112"/>
        <source>In the key vault they are stored encrypted under a passphrase; in a secure module they stay in the module. A supervisor types the passphrase or the module&apos;s PIN at the start of each day. Write it down and keep it in a safe place: without it the keys cannot be used.</source>
        <translation>Sa key vault, naka-encrypt ang mga ito sa ilalim ng isang passphrase; sa isang secure module, nananatili ang mga ito sa loob ng module. Ita-type ng superbisor ang passphrase o ang PIN ng module sa simula ng bawat araw. Isulat ito at itago sa ligtas na lugar: kung wala ito, hindi magagamit ang mga key.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="128"/>
        <source>Vault &amp;passphrase</source>
        <translation>&amp;Passphrase ng vault</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="129"/>
        <source>&amp;Repeat passphrase</source>
        <translation>&amp;Ulitin ang passphrase</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="169"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Hindi magkapareho ang dalawang passphrase. I-type muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="172"/>
        <source>Choose a passphrase of at least 12 characters (a few words).</source>
        <translation>Pumili ng passphrase na may hindi bababa sa 12 karakter (ilang salita).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="117"/>
        <source>Keep the vending keys in the office&apos;s key &amp;vault</source>
        <translation>Itago ang mga vending key sa key &amp;vault ng opisina</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="119"/>
        <source>Keep them in a &amp;secure module (PKCS#11: an HSM or a security key)</source>
        <translation>Itago ang mga ito sa isang &amp;secure module (PKCS#11: isang HSM o security key)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="131"/>
        <source>The token is made first with the module&apos;s own tool; its user PIN is typed by a supervisor at the start of each day and never stored.</source>
        <translation>Ginagawa muna ang token gamit ang sariling tool ng module; ang user PIN nito ay ita-type ng superbisor sa simula ng bawat araw at hindi kailanman itinatago.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="140"/>
        <source>Module &amp;library</source>
        <translation>&amp;Library ng module</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="141"/>
        <source>&amp;Token label</source>
        <translation>Label ng &amp;token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="142"/>
        <source>User P&amp;IN</source>
        <translation>User P&amp;IN</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="165"/>
        <source>Give the token&apos;s label and its user PIN.</source>
        <translation>Ibigay ang label ng token at ang user PIN nito.</translation>
    </message>
</context>
<context>
    <name>VendScreen</name>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend_desk.py" line="18"/>
        <source>Cash</source>
        <translation>Salapi</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend_desk.py" line="19"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend_desk.py" line="20"/>
        <source>Mobile money</source>
        <translation>Pera sa mobile</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend_desk.py" line="21"/>
        <source>Cheque</source>
        <translation>Tseke</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="121"/>
        <source>Selling needs the vending services.</source>
        <translation>Kailangan ng serbisyo ng bentahan para makapagbenta.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="179"/>
        <source>No meter or customer matches “{0}”. Check the number or try the customer&apos;s name or account.</source>
        <translation>Walang metro o customer na tugma sa “{0}”. Suriin ang numero o subukan ang pangalan o account ng customer.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="200"/>
        <source>Reading customer cards is not available in this build.</source>
        <translation>Wala ang pagbasa ng card ng customer sa bersyong ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="212"/>
        <source>IC card meter</source>
        <translation>metrong IC card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="212"/>
        <source>keypad meter</source>
        <translation>metrong may keypad</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="217"/>
        <source>none</source>
        <translation>wala</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="220"/>
        <source>IC card meter: keep the customer&apos;s card in the reader; the tokens are written to it when you vend.</source>
        <translation>Metrong IC card: iwan ang card ng customer sa reader; isusulat dito ang mga token pagbenta mo.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="235"/>
        <location filename="../../ui/vend.ui" line="68"/>
        <source>Amount tendered</source>
        <translation>Halagang ibinayad</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="235"/>
        <source>Energy (kWh)</source>
        <translation>Enerhiya (kWh)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="264"/>
        <source>Type the amount first, then press Enter.</source>
        <translation>I-type muna ang halaga, saka pindutin ang Enter.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="302"/>
        <source>{0} for {1}</source>
        <translation>{0} sa halagang {1}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="321"/>
        <source>The vending keys are locked, so no token can be made: ask a supervisor to unlock them here (Unlock vault, bottom right) before taking the money.</source>
        <translation>Naka-lock ang mga vending key, kaya walang token na magagawa: hilingin sa isang superbisor na buksan ang mga ito dito (Buksan ang vault, kanang ibaba) bago tanggapin ang pera.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="361"/>
        <source>Receipt {0} · {1} ({2})</source>
        <translation>Resibo {0} · {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="373"/>
        <source>Nothing new was sold: receipt {0} was paid earlier and its write to the card was interrupted. That purchase ({1}) is now on the card; take no money for it. To sell more, start a new sale.</source>
        <translation>Walang bagong naibenta: ang resibo {0} ay nabayaran na at naputol ang pagsulat nito sa card. Nasa card na ngayon ang bilihing iyon ({1}); huwag nang maningil para dito. Para magbenta pa, magsimula ng bagong benta.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="388"/>
        <source>Sold and written to the customer&apos;s card: {0} for {1} (receipt {2}). Give the card back to the customer to insert it in the meter.</source>
        <translation>Naibenta at naisulat sa card ng customer: {0} sa halagang {1} (resibo {2}). Ibalik ang card sa customer para maipasok niya ito sa metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="391"/>
        <source>The purchase is on the customer&apos;s card: give the card back to insert it in the meter.</source>
        <translation>Nasa card na ng customer ang binili: ibalik ang card para maipasok ito sa metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="393"/>
        <source>Sold: {0} for {1} (receipt {2}). Give the customer the tokens in the order shown.</source>
        <translation>Naibenta: {0} sa halagang {1} (resibo {2}). Ibigay sa customer ang mga token ayon sa pagkakasunod na nakikita.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend_desk.py" line="29"/>
        <source>Tokens copied to the clipboard.</source>
        <translation>Nakopya ang mga token sa clipboard.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/receipt_preview.py" line="68"/>
        <location filename="../../src/sts_pos/gui/screens/vend_desk.py" line="41"/>
        <source>Receipt sent to {0}.</source>
        <translation>Naipadala ang resibo sa {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend_desk.py" line="47"/>
        <location filename="../../src/sts_pos/gui/screens/vend_desk.py" line="61"/>
        <source>There is no sale to reprint yet in this shift.</source>
        <translation>Wala pang benta na maaaring i-print muli sa shift na ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend_desk.py" line="74"/>
        <source>SMS {0}.</source>
        <translation>SMS {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend_desk.py" line="144"/>
        <source>No shift open. Press F8 to open your shift with its cash float.</source>
        <translation>Walang bukas na shift. Pindutin ang F8 para buksan ang iyong shift kasama ang panimulang pera.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend_desk.py" line="147"/>
        <source>1 sale</source>
        <translation>1 benta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend_desk.py" line="147"/>
        <source>{0} sales</source>
        <translation>{0} benta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend_desk.py" line="148"/>
        <source>Shift {0} · opened {1} · float {2} · {3} · {4} taken · {5}</source>
        <translation>Shift {0} · binuksan {1} · panimulang pera {2} · {3} · {4} natanggap · {5}</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="11"/>
        <source>Meter number, customer name, account or phone (F2)</source>
        <translation>Numero ng metro, pangalan ng customer, account o telepono (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="12"/>
        <source>Find</source>
        <translation>Hanapin</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="13"/>
        <source>Read card (F3)</source>
        <translation>Basahin ang card (F3)</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="26"/>
        <source>Customer and meter</source>
        <translation>Customer at metro</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="32"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="33"/>
        <location filename="../../ui/vend.ui" line="35"/>
        <location filename="../../ui/vend.ui" line="37"/>
        <location filename="../../ui/vend.ui" line="39"/>
        <location filename="../../ui/vend.ui" line="41"/>
        <location filename="../../ui/vend.ui" line="43"/>
        <location filename="../../ui/vend.ui" line="45"/>
        <location filename="../../ui/vend.ui" line="47"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="34"/>
        <source>Address</source>
        <translation>Tirahan</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="36"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="38"/>
        <source>Meter</source>
        <translation>Metro</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="40"/>
        <source>Supply group / key</source>
        <translation>Supply group / key</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="42"/>
        <source>Tariff</source>
        <translation>Taripa</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="44"/>
        <source>Debt</source>
        <translation>Utang</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="46"/>
        <source>Free units due</source>
        <translation>Libreng unit na dapat ibigay</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="57"/>
        <source>Sale</source>
        <translation>Benta</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="61"/>
        <source>By &amp;money (F5)</source>
        <translation>Ayon sa &amp;pera (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="62"/>
        <source>By &amp;kWh (F6)</source>
        <translation>Ayon sa &amp;kWh (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="69"/>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="74"/>
        <source>&amp;Payment method (F7)</source>
        <translation>Paraan ng &amp;pagbabayad (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="75"/>
        <source>How the customer pays; only cash is counted in the cash drawer.</source>
        <translation>Paano magbabayad ang kustomer; ang salapi lang ang binibilang sa kahon ng pera.</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="83"/>
        <source>Item</source>
        <translation>Bahagi</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="84"/>
        <source>Detail</source>
        <translation>Detalye</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="85"/>
        <source>Amount</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="90"/>
        <source>Vend (F9)</source>
        <translation>Magbenta (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="98"/>
        <source>Tokens</source>
        <translation>Mga token</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="105"/>
        <source>Copy (Ctrl+Shift+C)</source>
        <translation>Kopyahin (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="106"/>
        <source>Print (F10)</source>
        <translation>I-print (F10)</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="107"/>
        <source>Reprint last (F11)</source>
        <translation>I-print muli ang huli (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="108"/>
        <source>Send SMS</source>
        <translation>Ipadala sa SMS</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="110"/>
        <source>Next customer (Esc)</source>
        <translation>Susunod na customer (Esc)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/sts_pos/gui/errors.py" line="45"/>
        <source>The computer reported a problem with a file, port or device: {0}.</source>
        <translation>May problemang iniulat ang computer sa isang file, port o device: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/errors.py" line="48"/>
        <source>Something went wrong and the last action may not have been completed. Check the result before trying again; if it happens again, call your supervisor.</source>
        <translation>Nagkaproblema at maaaring hindi natapos ang huling ginawa. Suriin ang resulta bago subukang muli; kung maulit, tawagan ang iyong superbisor.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/errors.py" line="64"/>
        <location filename="../../src/sts_pos/gui/errors.py" line="78"/>
        <source>sts-pos</source>
        <translation>sts-pos</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="122"/>
        <location filename="../../src/sts_pos/gui/i18n.py" line="124"/>
        <source>Type the amount as a number, e.g. 100 or 250.50.</source>
        <translation>I-type ang halaga bilang numero, hal. 100 o 250.50.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="128"/>
        <source>The amount {0} is not a valid amount of money.</source>
        <translation>Hindi wastong halaga ng pera ang {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="143"/>
        <source>Type the energy in kWh as a number, e.g. 50 or 12.5.</source>
        <translation>I-type ang enerhiya sa kWh bilang numero, hal. 50 o 12.5.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="145"/>
        <source>The energy must be more than zero kWh.</source>
        <translation>Dapat higit sa zero kWh ang enerhiya.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="8"/>
        <source>{0} is not a 16-bit field.</source>
        <translation>Ang {0} ay hindi 16-bit na field.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="9"/>
        <source>The amount {0} is outside what a token can carry (0 to {1}).</source>
        <translation>Ang halagang {0} ay labas sa kayang dalhin ng token (0 hanggang {1}).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="10"/>
        <source>The amount {0} cannot be carried exactly by a token; the nearest are {1} and {2}.</source>
        <translation>Hindi eksaktong madadala ng token ang halagang {0}; ang pinakamalapit ay {1} at {2}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="11"/>
        <source>The amount {0} is negative.</source>
        <translation>Negatibo ang halagang {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="12"/>
        <source>The amount {0} is above the largest a token can carry ({1}).</source>
        <translation>Mas mataas ang halagang {0} kaysa sa pinakamalaking kayang dalhin ng token ({1}).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="17"/>
        <source>A DES (EA09) decoder key has 8 bytes.</source>
        <translation>May 8 byte ang DES (EA09) decoder key.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="18"/>
        <source>A MISTY1 (EA11) decoder key has 16 bytes.</source>
        <translation>May 16 byte ang MISTY1 (EA11) decoder key.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="19"/>
        <source>An STA (EA07) decoder key has 8 bytes.</source>
        <translation>May 8 byte ang STA (EA07) decoder key.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="27"/>
        <source>A token number has 20 digits; this one has {0}.</source>
        <translation>May 20 digit ang numero ng token; {0} lamang ang isang ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="28"/>
        <source>This is not a valid token number (too large); a digit was probably mistyped.</source>
        <translation>Hindi wastong numero ng token ito (sobrang laki); malamang may maling na-type na digit.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="29"/>
        <source>Token class 3 is reserved; this is not a token this system can read.</source>
        <translation>Nakareserba ang token class 3; hindi ito token na mababasa ng sistemang ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="30"/>
        <source>This token does not belong to this meter, or a digit was mistyped (its check code does not match). Check the meter number and the 20 digits.</source>
        <translation>Hindi para sa metrong ito ang token, o may maling na-type na digit (hindi tugma ang check code nito). Suriin ang numero ng metro at ang 20 digit.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="31"/>
        <source>A decoder key is needed for class 0 and class 2 tokens.</source>
        <translation>Kailangan ng decoder key para sa mga class 0 at class 2 na token.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="32"/>
        <source>A decoder key is needed to read class 0 and class 2 tokens.</source>
        <translation>Kailangan ng decoder key para mabasa ang mga class 0 at class 2 na token.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="40"/>
        <source>This IIN and meter number do not combine into a 16-digit PAN block.</source>
        <translation>Hindi mabubuo ang 16-digit na PAN block mula sa IIN at numero ng metrong ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="42"/>
        <source>A DKGA{0} vending key has {1} bytes, not {2}.</source>
        <translation>May {1} byte ang DKGA{0} vending key, hindi {2}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="52"/>
        <source>MISTY1 (EA11) needs 128-bit keys from DKGA04.</source>
        <translation>Kailangan ng MISTY1 (EA11) ng 128-bit na key mula sa DKGA04.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="54"/>
        <source>A decoder key for EA{0} has {1} bytes, not {2}.</source>
        <translation>May {1} byte ang decoder key para sa EA{0}, hindi {2}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="55"/>
        <source>The IIN must have 4 or 6 digits, not &apos;{0}&apos;.</source>
        <translation>Dapat 4 o 6 na digit ang IIN, hindi &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="56"/>
        <source>DKGA02 makes 64-bit keys; MISTY1 needs DKGA04.</source>
        <translation>Gumagawa ang DKGA02 ng 64-bit na key; kailangan ng MISTY1 ang DKGA04.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="64"/>
        <source>The manufacturer code must be 2 or 4 digits.</source>
        <translation>Dapat 2 o 4 na digit ang manufacturer code.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="65"/>
        <source>The meter serial must be 8 digits.</source>
        <translation>Dapat 8 digit ang serial ng metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="67"/>
        <source>Enter the meter number (11 or 13 digits).</source>
        <translation>Ilagay ang numero ng metro (11 o 13 digit).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="68"/>
        <source>The meter number &apos;{0}&apos; contains characters that are not digits; type only the digits printed on the meter.</source>
        <translation>May mga karakter na hindi digit ang numero ng metro na &apos;{0}&apos;; i-type lamang ang mga digit na nakalimbag sa metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="69"/>
        <source>A meter number has 11 or 13 digits; &apos;{0}&apos; has {1}. Check the number on the meter or on an old receipt.</source>
        <translation>May 11 o 13 digit ang numero ng metro; may {1} ang &apos;{0}&apos;. Suriin ang numero sa metro o sa lumang resibo.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="70"/>
        <source>The meter number {0} is not valid (its last digit does not match); a digit was probably mistyped.</source>
        <translation>Hindi wasto ang numero ng metro na {0} (hindi tugma ang huling digit nito); malamang may maling na-type na digit.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="72"/>
        <source>The meter PAN {0} has a wrong check digit; check it against the meter.</source>
        <translation>Mali ang check digit ng PAN ng metro na {0}; ihambing ito sa metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="75"/>
        <source>The date {0} is before the key&apos;s base date {1}.</source>
        <translation>Ang petsang {0} ay bago pa sa base date ng key na {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="76"/>
        <source>Tokens on base date {0} ran out on {1} UTC. This meter needs the TID-rollover key change (to base date 2014) before it can be vended.</source>
        <translation>Naubos ang mga token sa base date {0} noong {1} UTC. Kailangan ng metrong ito ang TID-rollover na pagpalit ng key (sa base date 2014) bago ito mabentahan.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="77"/>
        <source>TID {0} is not a 24-bit value.</source>
        <translation>Ang TID {0} ay hindi 24-bit na halaga.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="81"/>
        <source>Token class {0} is not defined (reserved).</source>
        <translation>Hindi tinukoy ang token class {0} (nakareserba).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="86"/>
        <source>Class 1 has subclasses 0 and 1, not {0}.</source>
        <translation>May subclass 0 at 1 ang class 1, hindi {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="84"/>
        <source>Class 1 subclass {0} is not defined.</source>
        <translation>Hindi tinukoy ang class 1 subclass {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="85"/>
        <source>Class 2 subclass {0} is not defined.</source>
        <translation>Hindi tinukoy ang class 2 subclass {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="87"/>
        <source>Class 0 subclass {0} is not defined.</source>
        <translation>Hindi tinukoy ang class 0 subclass {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="88"/>
        <source>This is not a &apos;{0}&apos; vector file.</source>
        <translation>Hindi ito &apos;{0}&apos; na vector file.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="90"/>
        <source>Unknown engineering token &apos;{0}&apos;; choose one of {1}.</source>
        <translation>Hindi kilalang engineering token na &apos;{0}&apos;; pumili sa {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="91"/>
        <source>An engineering token needs a reason (work order or fault); type it in.</source>
        <translation>Kailangan ng dahilan ang engineering token (work order o sira); i-type ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="92"/>
        <source>Give the limit in watts.</source>
        <translation>Ibigay ang limit sa watts.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="93"/>
        <source>Meter {0} is already on base date {1}; it needs no TID rollover.</source>
        <translation>Nasa base date {1} na ang metro {0}; hindi na nito kailangan ng TID rollover.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="94"/>
        <source>Supply group {0} has no key revision on base date 2014. An administrator must enter the new vending key revision (usually KRN 2) before the rollover.</source>
        <translation>Walang key revision sa base date 2014 ang supply group {0}. Kailangang ilagay muna ng administrador ang bagong vending key revision (karaniwang KRN 2) bago ang rollover.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="95"/>
        <source>There is no vending key for supply group {0} revision {1}; an administrator must enter it first.</source>
        <translation>Walang vending key para sa supply group {0} rebisyon {1}; kailangan muna itong ilagay ng administrador.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="96"/>
        <source>There is no tariff with index {0}.</source>
        <translation>Walang taripa na may index na {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="101"/>
        <source>Meter {0} has no pending key change. A supervisor sets one (new supply group, key revision or tariff index) first.</source>
        <translation>Walang nakabinbing pagpalit ng key ang metro {0}. Magtakda muna ang superbisor (bagong supply group, rebisyon ng key o tariff index).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="102"/>
        <source>Request {0} was already used for another job.</source>
        <translation>Nagamit na ang request {0} para sa ibang job.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="104"/>
        <source>An amount of money cannot be negative.</source>
        <translation>Hindi puwedeng negatibo ang halaga ng pera.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="106"/>
        <source>{0} has {1} decimals; &apos;{2}&apos; has more. Round the amount.</source>
        <translation>May {1} desimal ang {0}; mas marami ang sa &apos;{2}&apos;. I-round ang halaga.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="107"/>
        <source>The amount must be more than zero.</source>
        <translation>Dapat higit sa zero ang halaga.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="110"/>
        <source>The number of kWh must be more than zero.</source>
        <translation>Dapat higit sa zero ang bilang ng kWh.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="111"/>
        <source>Electricity is sold in steps of 0.1 kWh; round the kWh to one decimal.</source>
        <translation>Ibinebenta ang kuryente nang 0.1 kWh bawat hakbang; i-round ang kWh sa isang desimal.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="112"/>
        <source>A currency has 0 to 4 decimals.</source>
        <translation>May 0 hanggang 4 na desimal ang isang currency.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="113"/>
        <source>The decimal mark must be &apos;.&apos; or &apos;,&apos;.</source>
        <translation>Dapat &apos;.&apos; o &apos;,&apos; ang decimal mark.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="114"/>
        <source>Enter an amount of money.</source>
        <translation>Ilagay ang halaga ng pera.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="115"/>
        <source>&apos;{0}&apos; is not an amount of money; type digits and at most one decimal mark.</source>
        <translation>Ang &apos;{0}&apos; ay hindi halaga ng pera; mag-type ng mga digit at hanggang isang decimal mark lamang.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="103"/>
        <source>&apos;{0}&apos; is not an amount of money.</source>
        <translation>Ang &apos;{0}&apos; ay hindi halaga ng pera.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="116"/>
        <source>{0} ({1}) may not {2}; ask {3}.</source>
        <translation>Hindi pinapayagan si {0} ({1:t}) sa: {2:t}; magtanong sa {3:t}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="117"/>
        <source>Meter {0} is not registered in this office. Check the number, or ask a supervisor to add the meter.</source>
        <translation>Hindi nakarehistro sa tanggapang ito ang metro {0}. Suriin ang numero, o hilingin sa superbisor na idagdag ang metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="118"/>
        <source>Meter {0} is no longer in service; it cannot be vended.</source>
        <translation>Hindi na ginagamit ang metro {0}; hindi na ito mabebentahan.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="119"/>
        <source>Meter {0} has no customer account; a supervisor must link it to a customer before it can be vended.</source>
        <translation>Walang account ng customer ang metro {0}; kailangan itong i-link ng superbisor sa isang customer bago mabentahan.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="120"/>
        <source>There is no tariff with index {0}; a supervisor must set it up.</source>
        <translation>Walang taripa na may index na {0}; kailangan itong i-set up ng superbisor.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="121"/>
        <source>Give either an amount of money or a number of kWh.</source>
        <translation>Ibigay ang halaga ng pera o ang bilang ng kWh.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="125"/>
        <source>Request {0} was already used for another sale (receipt {1}). Use a new request id for a new sale.</source>
        <translation>Nagamit na ang request {0} para sa ibang benta (resibo {1}). Gumamit ng bagong request id para sa bagong benta.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="126"/>
        <source>No sale with that number was found. Check the receipt number.</source>
        <translation>Walang bentang nahanap na may ganoong numero. Suriin ang numero ng resibo.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="127"/>
        <source>Sale {0} issued no token; there is nothing to reprint.</source>
        <translation>Walang naibigay na token ang benta {0}; walang maipi-print muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="128"/>
        <source>A void needs a reason; type why the sale is written off.</source>
        <translation>Kailangan ng dahilan ang pagpapawalang-bisa; i-type kung bakit ito isinusulat bilang write-off.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="129"/>
        <source>Sale {0} is {1}; only an issued sale can be voided.</source>
        <translation>Ang benta {0} ay {1:t}; ang naibigay na benta lamang ang maaaring ipawalang-bisa.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="130"/>
        <source>A user needs a name and a password of at least 8 characters.</source>
        <translation>Kailangan ng user ang pangalan at password na may hindi bababa sa 8 karakter.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="131"/>
        <source>There is already a user called {0}.</source>
        <translation>May user na nang {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="132"/>
        <source>A password needs at least 8 characters.</source>
        <translation>Kailangan ng password ang hindi bababa sa 8 karakter.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="133"/>
        <source>There is no user called {0}.</source>
        <translation>Walang user na {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="134"/>
        <source>The float cannot be negative.</source>
        <translation>Hindi puwedeng negatibo ang panimulang pera.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="135"/>
        <source>The counted cash cannot be negative.</source>
        <translation>Hindi puwedeng negatibo ang nabilang na pera.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="136"/>
        <source>You already have an open shift; close it before opening another.</source>
        <translation>May bukas ka nang shift; isara ito bago magbukas ng iba.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="137"/>
        <source>You have no open shift to close.</source>
        <translation>Wala kang bukas na shift na maisasara.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="138"/>
        <source>The deduction order must name fixed_charge, debt and vat once each.</source>
        <translation>Dapat isang beses lamang banggitin ang fixed_charge, debt at vat sa pagkakasunod ng mga bawas.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="139"/>
        <source>The amount cannot be negative.</source>
        <translation>Hindi puwedeng negatibo ang halaga.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="140"/>
        <source>The amount is below the minimum purchase for this tariff.</source>
        <translation>Mas mababa ang halaga sa pinakamababang bili para sa taripang ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="141"/>
        <source>The amount is above the maximum purchase for this tariff; sell it in two vends.</source>
        <translation>Mas mataas ang halaga sa pinakamataas na bili para sa taripang ito; ibenta ito sa dalawang vend.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="142"/>
        <source>The amount only covers the charges due; it buys no electricity. Take more money.</source>
        <translation>Sapat lamang ang halaga sa mga singil na dapat bayaran; walang kuryenteng mabibili. Kumuha ng mas maraming pera.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="143"/>
        <source>That is more electricity than one token can carry.</source>
        <translation>Mas maraming kuryente iyan kaysa kayang dalhin ng isang token.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="144"/>
        <source>That is more electricity than this tariff can quote in one vend.</source>
        <translation>Mas maraming kuryente iyan kaysa kayang i-quote ng taripang ito sa isang vend.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="145"/>
        <source>Tariff {0} has no blocks; a supervisor must set its rates.</source>
        <translation>Walang bloke ang taripang {0}; kailangang itakda ng superbisor ang mga presyo nito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="146"/>
        <source>Tariff {0}: every block needs a rate above zero.</source>
        <translation>Taripa {0}: kailangan ng bawat bloke ang presyong higit sa zero.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="147"/>
        <source>Tariff {0}: only the last block may be open-ended.</source>
        <translation>Taripa {0}: ang huling bloke lamang ang puwedeng walang hangganan.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="148"/>
        <source>Tariff {0}: block limits must increase.</source>
        <translation>Taripa {0}: dapat tumataas ang mga limit ng bloke.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="149"/>
        <source>This office does not accept payment by {0}. Accepted: {1}; an administrator can change the list in the office settings.</source>
        <translation>Hindi tumatanggap ang tanggapang ito ng bayad sa {0:t}. Tinatanggap: {1}; mababago ng administrator ang listahan sa mga setting ng tanggapan.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="150"/>
        <source>&apos;{0}&apos; is not a payment method name; use letters, digits and &apos;_&apos; (for example {1}).</source>
        <translation>Ang &apos;{0}&apos; ay hindi pangalan ng paraan ng pagbabayad; gumamit ng mga titik, numero at &apos;_&apos; (halimbawa {1}).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="151"/>
        <source>There is no file {0}.</source>
        <translation>Walang file na {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="152"/>
        <source>{0} is not an sts-pos office backup (it is the SQLite file of another program).</source>
        <translation>Ang {0} ay hindi backup ng tanggapan ng sts-pos (SQLite file ito ng ibang programa).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="153"/>
        <source>{0} is damaged (the integrity check failed); use another backup.</source>
        <translation>Sira ang {0} (pumalya ang integrity check); gumamit ng ibang backup.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="154"/>
        <source>{0} comes from a newer sts-pos (schema {1}); install that version to use it.</source>
        <translation>Galing ang {0} sa mas bagong sts-pos (schema {1}); i-install ang bersyong iyon para magamit ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="155"/>
        <source>{0} is marked as an sts-pos office but is not a complete one (schema {1}); it cannot be used.</source>
        <translation>Nakamarka ang {0} bilang tanggapan ng sts-pos pero hindi ito kumpleto (schema {1}); hindi ito magagamit.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="156"/>
        <source>{0} already exists; choose a new file name for the backup.</source>
        <translation>Mayroon nang {0}; pumili ng bagong pangalan ng file para sa backup.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="158"/>
        <source>{0} is damaged or is not a database; it cannot be used.</source>
        <translation>Sira ang {0} o hindi ito database; hindi ito magagamit.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="168"/>
        <source>The database {0} cannot use write-ahead logging; keep it on a local disk.</source>
        <translation>Hindi magagamit ng database na {0} ang write-ahead logging; itago ito sa lokal na disk.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="170"/>
        <source>The office database {0} was written by a newer sts-pos (schema {1}, this program knows up to {2}). Install the newer sts-pos; do not use this file with this one.</source>
        <translation>Isinulat ng mas bagong sts-pos ang database ng tanggapan na {0} (schema {1}, hanggang {2} lamang ang alam ng programang ito). I-install ang mas bagong sts-pos; huwag gamitin ang file na ito sa bersyong ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="172"/>
        <source>{0} is an SQLite file of another program, not an sts-pos office.</source>
        <translation>Ang {0} ay SQLite file ng ibang programa, hindi tanggapan ng sts-pos.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="180"/>
        <source>{0} already exists. Use --force to replace it with a fresh demo office (everything in it is lost).</source>
        <translation>Mayroon nang {0}. Gamitin ang --force para palitan ito ng bagong demo na tanggapan (mawawala ang lahat ng laman nito).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="183"/>
        <source>There is no table {0} to export.</source>
        <translation>Walang table na {0} na mai-export.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="184"/>
        <source>Export as csv or json, not {0}.</source>
        <translation>Mag-export bilang csv o json, hindi {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="210"/>
        <source>Enter the office name; it is printed on every receipt.</source>
        <translation>Ilagay ang pangalan ng tanggapan; nakalimbag ito sa bawat resibo.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="211"/>
        <source>Choose a user name of at least 2 characters for the administrator.</source>
        <translation>Pumili ng user name na may hindi bababa sa 2 character para sa administrator.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="212"/>
        <source>Choose an administrator password of at least 8 characters.</source>
        <translation>Pumili ng password ng administrator na may hindi bababa sa 8 character.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="213"/>
        <source>Choose a vault passphrase of at least 12 characters (a few words).</source>
        <translation>Pumili ng passphrase ng vault na may hindi bababa sa 12 character (ilang salita).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="214"/>
        <source>This office already has a key vault.</source>
        <translation>May key vault na ang tanggapang ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="218"/>
        <source>{0} already holds an office; open it, or choose another file.</source>
        <translation>May tanggapan na sa {0}; buksan ito, o pumili ng ibang file.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="271"/>
        <source>A percentage is between 0 and 100.</source>
        <translation>Ang porsyento ay mula 0 hanggang 100.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="275"/>
        <source>The VAT rate is a percentage between 0 and 100.</source>
        <translation>Ang VAT rate ay porsyento mula 0 hanggang 100.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="277"/>
        <source>A DKGA{0} vending key has {1} bytes ({2} hex digits).</source>
        <translation>May {1} byte ({2} hex digit) ang DKGA{0} vending key.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="278"/>
        <source>There is no supply group {0} with key revision {1}.</source>
        <translation>Walang supply group na {0} na may key revision na {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="269"/>
        <source>A customer needs an account number and a name.</source>
        <translation>Kailangan ng customer ang numero ng account at pangalan.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="279"/>
        <source>Nothing to change; give at least one field to edit.</source>
        <translation>Walang babaguhin; magbigay ng kahit isang field na babaguhin.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="280"/>
        <source>A meter is &apos;keypad&apos; or &apos;ic_card&apos;.</source>
        <translation>Ang metro ay &apos;keypad&apos; o &apos;ic_card&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="162"/>
        <source>Meter {0} is not registered.</source>
        <translation>Hindi nakarehistro ang metro {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="270"/>
        <source>&apos;{0}&apos; is not a percentage.</source>
        <translation>Ang &apos;{0}&apos; ay hindi porsyento.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="281"/>
        <source>Block rates and the VAT rate must be numbers.</source>
        <translation>Dapat mga numero ang presyo ng mga bloke at ang VAT rate.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="282"/>
        <source>The vending key must be hexadecimal digits.</source>
        <translation>Dapat hexadecimal na digit ang vending key.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="283"/>
        <source>Unknown setting &apos;{0}&apos;; settings are {1}.</source>
        <translation>Hindi kilalang setting na &apos;{0}&apos;; ang mga setting ay {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="284"/>
        <source>There is no customer {0}.</source>
        <translation>Walang customer na {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="285"/>
        <source>Supply group {0} already has key revision {1}.</source>
        <translation>May key revision {1} na ang supply group {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="286"/>
        <source>&apos;{0}&apos; is not a valid value for {1}.</source>
        <translation>Ang &apos;{0}&apos; ay hindi wastong halaga para sa {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="287"/>
        <source>Account number {0} is already used by another customer.</source>
        <translation>Ginagamit na ng ibang customer ang numero ng account na {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="288"/>
        <source>Meter {0} is already registered.</source>
        <translation>Nakarehistro na ang metro {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="294"/>
        <source>The vault passphrase must have at least 8 characters.</source>
        <translation>Dapat may hindi bababa sa 8 karakter ang passphrase ng vault.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="295"/>
        <source>The key vault is locked. A supervisor must unlock it with the vault passphrase (or set STS_POS_VAULT_PASSPHRASE for the command line).</source>
        <translation>Naka-lock ang key vault. Kailangan itong buksan ng superbisor gamit ang passphrase ng vault (o itakda ang STS_POS_VAULT_PASSPHRASE para sa command line).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="296"/>
        <source>That is not the vault passphrase. Check it and try again.</source>
        <translation>Hindi iyan ang passphrase ng vault. Suriin ito at subukang muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="297"/>
        <source>A stored vending key cannot be decrypted (wrong vault or damaged record). An administrator must enter the key again.</source>
        <translation>Hindi ma-decrypt ang isang naka-save na vending key (maling vault o sirang record). Kailangang ilagay muli ng administrador ang key.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="298"/>
        <source>This office has no key vault yet; an administrator must create it.</source>
        <translation>Wala pang key vault ang tanggapang ito; kailangan itong gawin ng administrador.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="299"/>
        <source>No card reader found. Plug in the card reader (and check that the smart card service pcscd is running), then try again.</source>
        <translation>Walang nahanap na card reader. Isaksak ang card reader (at tiyaking tumatakbo ang smart card service na pcscd), saka subukang muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="300"/>
        <source>No card in the reader{0}. Insert the customer&apos;s card, chip up and first, then try again.</source>
        <translation>Walang card sa reader{0}. Ipasok ang card ng customer, nakaharap pataas ang chip at ito ang unang papasok, saka subukang muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="301"/>
        <source>This card is of a kind the office cannot use (not an SLE4442 memory card or an sts-pos CPU card). Use a card from the office&apos;s card stock.</source>
        <translation>Hindi magagamit ng tanggapan ang uri ng card na ito (hindi SLE4442 memory card o sts-pos CPU card). Gumamit ng card mula sa stock ng tanggapan.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="302"/>
        <source>The card reader could not {0} (card status {1}). Take the card out, wipe the chip, insert it again and retry.</source>
        <translation>Hindi nagawa ng card reader na {0} (card status {1}). Alisin ang card, punasan ang chip, ipasok muli at subukang muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="303"/>
        <source>This card is locked for good (its PIN was refused three times) and can no longer be written. Issue the customer a replacement card.</source>
        <translation>Tuluyan nang naka-lock ang card na ito (tatlong beses tinanggihan ang PIN nito) at hindi na ito masusulatan. Bigyan ang customer ng kapalit na card.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="304"/>
        <source>This is not a customer card of this office (it is blank or from another system). Check that you have the right card; a blank card can be issued to a customer.</source>
        <translation>Hindi ito card ng customer ng tanggapang ito (blangko ito o galing sa ibang sistema). Tiyaking tama ang card; ang blangkong card ay maaaring ilabas para sa customer.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="305"/>
        <source>The card&apos;s {0} fails its security check: the card was edited, forged or damaged. Do not sell on it; keep the card and call a supervisor.</source>
        <translation>Pumalya sa security check ang {0} ng card: binago, pineke o nasira ang card. Huwag magbenta rito; itago ang card at tawagan ang superbisor.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="306"/>
        <source>The last purchase on this card (number {0}) has not been loaded into the meter yet, so no new purchase can be written. Ask the customer to insert the card in the meter first; a supervisor can write the same purchase again if the card was lost or damaged.</source>
        <translation>Hindi pa naipapasok sa metro ang huling binili sa card na ito (bilang {0}), kaya walang bagong mabibili na maisusulat. Ipasok muna ng customer ang card sa metro; maaaring isulat muli ng superbisor ang parehong binili kung nawala o nasira ang card.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="307"/>
        <source>Card {0} has been replaced and is blocked. Keep it; the customer must use the replacement card.</source>
        <translation>Napalitan na at naka-block ang card {0}. Itago ito; ang kapalit na card ang dapat gamitin ng customer.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="308"/>
        <source>The last write to this card{0} was interrupted. Write the same purchase again (Rewrite); no new purchase can go on the card until then.</source>
        <translation>Naputol ang huling pagsulat sa card na ito{0}. Isulat muli ang parehong binili (Rewrite); walang bagong mabibili na maisusulat sa card hangga&apos;t hindi ito nagagawa.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="312"/>
        <source>The card refused the office&apos;s card PIN (PSC); one more wrong try locks it for good. The card was probably issued by another office. It will not be tried again automatically: ask a supervisor.</source>
        <translation>Tinanggihan ng card ang card PIN ng tanggapan (PSC); isa pang maling subok at tuluyan na itong mala-lock. Malamang inilabas ang card ng ibang tanggapan. Hindi na ito awtomatikong susubukan muli: magtanong sa superbisor.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="313"/>
        <source>The card refused the office&apos;s card PIN (PSC); {0} tries left before it locks for good. The card was probably issued by another office. It will not be tried again automatically: ask a supervisor.</source>
        <translation>Tinanggihan ng card ang card PIN ng tanggapan (PSC); {0} na subok na lang ang natitira bago ito tuluyang ma-lock. Malamang inilabas ang card ng ibang tanggapan. Hindi na ito awtomatikong susubukan muli: magtanong sa superbisor.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="316"/>
        <source>This purchase has {0} tokens; a card carries at most {1}. Give the customer a receipt to enter them on the keypad instead.</source>
        <translation>May {0} token ang pagbiling ito; hanggang {1} lamang ang kayang dalhin ng card. Bigyan na lang ang customer ng resibo para i-type ang mga ito sa keypad.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="317"/>
        <source>Meter {0} is a keypad meter; its tokens are typed in, not carried on a card.</source>
        <translation>Keypad meter ang metro {0}; tina-type ang mga token nito, hindi dinadala sa card.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="323"/>
        <source>This card is for meter {0}, not {1}.</source>
        <translation>Para sa metro {0} ang card na ito, hindi {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="327"/>
        <source>Sale {0} is for meter {1}, this card for {2}.</source>
        <translation>Para sa metro {1} ang benta {0}, para sa {2} ang card na ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="318"/>
        <source>Meter {0} has no card to replace; issue a customer card instead.</source>
        <translation>Walang card na papalitan ang metro {0}; maglabas na lang ng card ng customer.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="319"/>
        <source>A technician card carries the tokens of an engineering job: give the job number.</source>
        <translation>Dala ng card ng tekniko ang mga token ng isang engineering job: ibigay ang numero ng job.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="320"/>
        <source>the vpcd driver {0} is missing (apt install vsmartcard-vpcd)</source>
        <translation>wala ang vpcd driver na {0} (apt install vsmartcard-vpcd)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="321"/>
        <source>a private pcscd needs root (unshare -m and a bind mount)</source>
        <translation>kailangan ng root ang pribadong pcscd (unshare -m at bind mount)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="322"/>
        <source>&apos;{0}&apos; is not installed (apt install pcscd vsmartcard-vpcd)</source>
        <translation>hindi naka-install ang &apos;{0}&apos; (apt install pcscd vsmartcard-vpcd)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="329"/>
        <source>This card is for meter {0}, not {1}. Check the customer&apos;s card.</source>
        <translation>Para sa metro {0} ang card na ito, hindi {1}. Suriin ang card ng customer.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="330"/>
        <source>This card belongs to account {0}, not {1}.</source>
        <translation>Para sa account na {0} ang card na ito, hindi {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="331"/>
        <source>This card is already issued (meter {0}, account {1}). A supervisor can re-issue it.</source>
        <translation>Nailabas na ang card na ito (metro {0}, account {1}). Maaari itong ilabas muli ng superbisor.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="332"/>
        <source>This card expects purchase number {0}, not {1}. Read the card again and check the customer&apos;s records.</source>
        <translation>Inaasahan ng card na ito ang pagbili bilang {0}, hindi {1}. Basahin muli ang card at suriin ang mga record ng customer.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="333"/>
        <source>The meter&apos;s data on this card is incomplete (the card was taken out of the meter too early). Ask the customer to insert the card in the meter again.</source>
        <translation>Hindi kumpleto ang data ng metro sa card na ito (masyadong maagang nabunot ang card sa metro). Ipasok muli ng customer ang card sa metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="344"/>
        <source>Cannot open the serial port {0}. Check that the cable or probe is plugged in, the port name is right and no other program is using it.</source>
        <translation>Hindi mabuksan ang serial port na {0}. Tiyaking nakasaksak ang cable o probe, tama ang pangalan ng port at walang ibang programang gumagamit nito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="345"/>
        <source>Unknown meter protocol {0}: choose DL/T 645 or IEC 62056-21.</source>
        <translation>Hindi kilalang protocol ng metro na {0}: pumili ng DL/T 645 o IEC 62056-21.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="348"/>
        <source>The meter took the token but reports no result. Read the meter&apos;s display.</source>
        <translation>Tinanggap ng metro ang token pero walang iniulat na resulta. Basahin ang display ng metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="334"/>
        <source>The meter&apos;s answer for register {0} is too short.</source>
        <translation>Masyadong maikli ang sagot ng metro para sa rehistrong {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="7"/>
        <source>An amount is a whole number (tenths of the unit, or watts), not {0}.</source>
        <translation>Ang halaga ay isang buong numero (ikasampu ng yunit, o watts), hindi {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="13"/>
        <source>Unknown encryption algorithm {0}: use 07 (STA), 09 (DES) or 11 (MISTY1).</source>
        <translation>Hindi kilalang encryption algorithm {0}: gamitin ang 07 (STA), 09 (DES) o 11 (MISTY1).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="14"/>
        <source>Unknown block cipher {0}.</source>
        <translation>Hindi kilalang block cipher {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="15"/>
        <source>A cipher key is bytes.</source>
        <translation>Ang cipher key ay mga byte.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="16"/>
        <source>A cipher block is a 64-bit whole number, not {0}.</source>
        <translation>Ang cipher block ay isang 64-bit na buong numero, hindi {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="20"/>
        <source>The {0} is a {1}-bit whole number, not {2}.</source>
        <translation>Ang {0} ay isang {1}-bit na buong numero, hindi {2}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="21"/>
        <source>Only STS tokens have a data block, not {0}.</source>
        <translation>Ang mga STS token lamang ang may data block, hindi ang {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="22"/>
        <source>This meter still has its default key (DDTK): it takes no credit until a key change gives it its own key. A supervisor sets a pending key change to key type 2 (DUTK); its tokens come first.</source>
        <translation>Nasa default key (DDTK) pa ang metrong ito: hindi ito tatanggap ng kredito hangga&apos;t hindi ito nabibigyan ng sariling key sa pagpapalit ng key. Magtatakda ang superbisor ng nakabinbing pagpapalit ng key sa key type 2 (DUTK); mauuna ang mga token nito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="23"/>
        <source>Only STS tokens can be encoded, not {0}.</source>
        <translation>Ang mga STS token lamang ang maaaring i-encode, hindi ang {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="24"/>
        <source>The key expiry number must be 0 to 255, not {0}.</source>
        <translation>Ang key expiry number ay dapat 0 hanggang 255, hindi {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="25"/>
        <source>A token number is typed as text, not {0}.</source>
        <translation>Ang numero ng token ay tina-type bilang teksto, hindi {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="26"/>
        <source>A token number has digits only (0 to 9); check what was typed.</source>
        <translation>Mga digit lamang (0 hanggang 9) ang numero ng token; suriin ang na-type.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="33"/>
        <source>The CRC is computed over bytes.</source>
        <translation>Kinukuwenta ang CRC sa mga byte.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="34"/>
        <source>The {0} is a {1}-bit whole number.</source>
        <translation>Ang {0} ay isang {1}-bit na buong numero.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="35"/>
        <source>Key change sections are made from a decoder key and its key parameters.</source>
        <translation>Ang mga bahagi ng pagpapalit ng key ay ginagawa mula sa isang decoder key at sa mga key parameter nito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="36"/>
        <source>The new key has {0} bits but its parameters (EA{1}) need {2}.</source>
        <translation>May {0} bit ang bagong key pero kailangan ng mga parameter nito (EA{1}) ang {2}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="37"/>
        <source>A key change goes from the meter&apos;s decoder key to a new decoder key.</source>
        <translation>Ang pagpapalit ng key ay mula sa decoder key ng metro patungo sa isang bagong decoder key.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="38"/>
        <source>The new decoder key is the meter&apos;s current key: a key change must change the key (a new key revision or supply group).</source>
        <translation>Ang bagong decoder key ay ang kasalukuyang key ng metro: dapat palitan ng pagpapalit ng key ang key (bagong key revision o supply group).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="39"/>
        <source>A key change needs its 1st and 2nd sections.</source>
        <translation>Kailangan ng pagpapalit ng key ang ika-1 at ika-2 bahagi nito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="41"/>
        <source>A DKGA{0} vending key is {1} bytes.</source>
        <translation>Ang DKGA{0} vending key ay {1} byte.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="43"/>
        <source>DKGA04 needs the meter&apos;s 18-digit PAN; this IIN and meter number make {0} digits.</source>
        <translation>Kailangan ng DKGA04 ang 18-digit na PAN ng metro; {0} digit ang nabubuo ng IIN at numero ng metrong ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="44"/>
        <source>A decoder key is derived for a meter number, not {0}.</source>
        <translation>Ang decoder key ay hinango para sa isang numero ng metro, hindi {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="45"/>
        <source>A decoder key is derived from key parameters, not {0}.</source>
        <translation>Ang decoder key ay hinango mula sa mga key parameter, hindi {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="46"/>
        <source>The supply group code must be 6 digits, not {0}.</source>
        <translation>Ang supply group code ay dapat 6 na digit, hindi {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="47"/>
        <source>The tariff index must be 00 to 99, not {0}.</source>
        <translation>Ang tariff index ay dapat 00 hanggang 99, hindi {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="48"/>
        <source>The key revision number must be 1 to 9, not {0}.</source>
        <translation>Ang key revision number ay dapat 1 hanggang 9, hindi {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="49"/>
        <source>The key type must be 0 to 3, not {0}.</source>
        <translation>Ang key type ay dapat 0 hanggang 3, hindi {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="50"/>
        <source>Unknown decoder key generation algorithm {0}: use 02 or 04.</source>
        <translation>Hindi kilalang decoder key generation algorithm {0}: gamitin ang 02 o 04.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="51"/>
        <source>Unknown encryption algorithm {0}: use 07, 09 or 11.</source>
        <translation>Hindi kilalang encryption algorithm {0}: gamitin ang 07, 09 o 11.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="53"/>
        <source>A decoder key is bytes.</source>
        <translation>Ang decoder key ay mga byte.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="57"/>
        <source>{0} is a number of {1}, zero or more, not {2}.</source>
        <translation>Ang {0} ay isang bilang ng {1}, sero o higit pa, hindi {2}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="58"/>
        <source>A virtual meter needs its meter number, key parameters and decoder key.</source>
        <translation>Kailangan ng virtual na metro ang numero ng metro, mga key parameter at decoder key nito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="59"/>
        <source>A meter on EA{0} has a {1}-bit decoder key.</source>
        <translation>Ang metrong nasa EA{0} ay may {1}-bit na decoder key.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="60"/>
        <source>A keypad meter cannot hold a common key (DCTK): a token made for it would work in every meter of the supply group.</source>
        <translation>Hindi maaaring magkaroon ng common key (DCTK) ang metrong may keypad: gagana sa bawat metro ng supply group ang token na ginawa para rito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="61"/>
        <source>The manufacture minute is a TID (0 to {0}), not {1}.</source>
        <translation>Ang minuto ng pagkakagawa ay isang TID (0 hanggang {0}), hindi {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="62"/>
        <source>Energy used is a whole number of tenths of kWh, zero or more, not {0}.</source>
        <translation>Ang nagamit na enerhiya ay isang buong bilang ng ikasampu ng kWh, sero o higit pa, hindi {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="63"/>
        <source>{0} must contain the digits 0-9 only.</source>
        <translation>Ang {0} ay dapat maglaman lamang ng mga digit na 0-9.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="66"/>
        <source>A meter number is typed as text, not {0}.</source>
        <translation>Ang numero ng metro ay tina-type bilang teksto, hindi {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="71"/>
        <source>A meter number and its IIN are digits 0-9, not {0} and {1}.</source>
        <translation>Ang numero ng metro at ang IIN nito ay mga digit na 0-9, hindi {0} at {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="73"/>
        <source>Unknown base date {0}: use 1993, 2014 or 2035.</source>
        <translation>Hindi kilalang base date {0}: gamitin ang 1993, 2014 o 2035.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="74"/>
        <source>A token identifier is counted from a date and time with its time zone; {0} has none.</source>
        <translation>Binibilang ang token identifier mula sa petsa at oras na may time zone; walang time zone ang {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="78"/>
        <source>Key expiry compares a 24-bit TID with a KEN of 0 to 255, not {0} and {1}.</source>
        <translation>Inihahambing ng key expiry ang isang 24-bit na TID sa KEN na 0 hanggang 255, hindi {0} at {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="79"/>
        <source>The meter&apos;s key has expired (key expiry number reached); a key change is needed before {0} can be issued.</source>
        <translation>Nag-expire na ang key ng metro (naabot ang key expiry number); kailangan ng pagpapalit ng key bago maibigay ang {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="80"/>
        <source>The date {0} is far outside base date {1}&apos;s tokens.</source>
        <translation>Ang petsang {0} ay malayo sa labas ng mga token ng base date {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="82"/>
        <source>The {0} must be a whole number that fits {1} bits, not {2}.</source>
        <translation>Ang {0} ay dapat isang buong numerong kasya sa {1} bit, hindi {2}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="83"/>
        <source>The {0} is set or not (True/False), not {1}.</source>
        <translation>Ang {0} ay nakatakda o hindi (True/False), hindi {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="89"/>
        <source>Type what the meter shows (its error code or display text), or leave --meter-says out.</source>
        <translation>I-type ang ipinapakita ng metro (ang error code o teksto sa display nito), o huwag nang gamitin ang --meter-says.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="97"/>
        <source>Meter {0}: a TID rollover to base date {1} must also change the key. With supply group {2} revision {3} again the meter would keep its key and clear its token memory, so every credit token it has already taken would work again. Choose the supply group&apos;s new key revision (KRN) for the new base date, or a new supply group.</source>
        <translation>Metro {0}: dapat ding palitan ang key sa TID rollover patungo sa base date {1}. Kung supply group {2} revision {3} muli, mananatili ang key ng metro at mabubura ang memorya nito ng token, kaya gagana muli ang bawat credit token na natanggap na nito. Piliin ang bagong key revision (KRN) ng supply group para sa bagong base date, o isang bagong supply group.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="98"/>
        <source>Meter {0} is on base date {1}; revision {2} of supply group {3} is its key of base date {4}, which it has left. Going back to it would let the tokens made under that key work again. Choose a key revision of the meter&apos;s base date or later.</source>
        <translation>Ang metro {0} ay nasa base date {1}; ang revision {2} ng supply group {3} ay ang key nito ng base date {4}, na iniwan na nito. Kapag bumalik dito, gagana muli ang mga token na ginawa sa key na iyon. Pumili ng key revision ng base date ng metro o mas bago.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="99"/>
        <source>Meter {0}: this key change would load the key the meter already has; a key change must move to a new key revision (KRN), supply group, tariff index or key type.</source>
        <translation>Metro {0}: ilalagay ng pagpapalit ng key na ito ang key na nasa metro na; dapat lumipat ang pagpapalit ng key sa bagong key revision (KRN), supply group, tariff index o key type.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="100"/>
        <source>There is no engineering job number {0}. Check the number on the slip.</source>
        <translation>Walang engineering job na may numerong {0}. Suriin ang numero sa slip.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="105"/>
        <source>&apos;{0}&apos; is larger than any amount sts-pos handles; check the number.</source>
        <translation>Ang &apos;{0}&apos; ay mas malaki kaysa sa anumang halagang hinahawakan ng sts-pos; suriin ang numero.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="108"/>
        <source>&apos;{0}&apos; is not a number of kWh; type digits and at most one decimal mark.</source>
        <translation>Ang &apos;{0}&apos; ay hindi bilang ng kWh; mag-type ng mga digit at hindi hihigit sa isang decimal mark.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="109"/>
        <source>{0} kWh is more than any sale ({1} kWh); check the number.</source>
        <translation>Ang {0} kWh ay higit sa anumang benta ({1} kWh); suriin ang numero.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="122"/>
        <source>{0} is below the minimum purchase of {1} for the tariff {2}; take at least {3}.</source>
        <translation>Ang {0} ay mas mababa sa pinakamababang bili na {1} para sa taripang {2}; tumanggap ng hindi bababa sa {3}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="123"/>
        <source>{0} is above the maximum purchase of {1} for the tariff {2}; sell it in two or more vends of at most {3}.</source>
        <translation>Ang {0} ay higit sa pinakamataas na bili na {1} para sa taripang {2}; ibenta ito sa dalawa o higit pang benta na hindi hihigit sa {3} bawat isa.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="124"/>
        <source>{0} only pays charges due now ({1}) and buys no electricity; the smallest purchase that buys electricity is {2}.</source>
        <translation>Ang {0} ay pambayad lamang sa mga singil na dapat bayaran ngayon ({1}) at walang nabibiling kuryente; ang pinakamaliit na bili na may kuryente ay {2}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="157"/>
        <source>{0} is the backup of a network office (on a PostgreSQL server), not of an office file. Restore it into a new, empty PostgreSQL database: sts-pos --db postgresql://USER@HOST:PORT/DBNAME restore with this file. Nothing was changed.</source>
        <translation>Ang {0} ay backup ng isang network na opisina (nasa PostgreSQL server), hindi ng file ng opisina. I-restore ito sa isang bago at walang lamang PostgreSQL database: sts-pos --db postgresql://USER@HOST:PORT/DBNAME restore kasama ang file na ito. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="159"/>
        <source>Collector {0} is already registered; use &apos;sts-pos collector edit&apos; to change it.</source>
        <translation>Nakarehistro na ang collector {0}; gamitin ang &apos;sts-pos collector edit&apos; para baguhin ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="160"/>
        <source>There is no collector {0}; &apos;sts-pos collector list&apos; shows them.</source>
        <translation>Walang collector {0}; ipinapakita ng &apos;sts-pos collector list&apos; ang mga ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="161"/>
        <source>Nothing to change; give a field to edit.</source>
        <translation>Walang babaguhin; magbigay ng field na ie-edit.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="163"/>
        <source>There is no collector {0}; add it first with &apos;sts-pos collector add --id {1}&apos;.</source>
        <translation>Walang collector {0}; idagdag muna ito gamit ang &apos;sts-pos collector add --id {1}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="164"/>
        <source>There is no alarm {0}; &apos;sts-pos alarms list&apos; shows the open ones.</source>
        <translation>Walang alarma {0}; ipinapakita ng &apos;sts-pos alarms list&apos; ang mga bukas.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="165"/>
        <source>Alarm {0} ({1}, meter {2}) was already acknowledged.</source>
        <translation>Nakilala na ang alarma {0} ({1}, metro {2}).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="166"/>
        <source>Meter {0} is not behind a collector; mark it with &apos;sts-pos meters edit --meter {1} --collector ID&apos; first.</source>
        <translation>Ang metro {0} ay wala sa likod ng isang collector; markahan muna ito gamit ang &apos;sts-pos meters edit --meter {1} --collector ID&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="167"/>
        <source>A meter&apos;s bus address is the 12 digits of its DL/T 645 address; &apos;{0}&apos; is not.</source>
        <translation>Ang bus address ng metro ay ang 12 digit ng DL/T 645 address nito; hindi ganoon ang &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="169"/>
        <source>{0} is marked as an sts-pos office but is not a complete one: it lacks {1} table(s). Nothing was changed. Copy a backup of the office in its place (the automatic backups are in the backups folder beside it), or give --db the office&apos;s file.</source>
        <translation>Ang {0} ay minarkahang tanggapan ng sts-pos pero hindi ito buo: kulang ito ng {1} table. Walang binago. Kopyahin ang isang backup ng tanggapan sa lugar nito (nasa backups folder sa tabi nito ang mga awtomatikong backup), o ibigay sa --db ang file ng tanggapan.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="171"/>
        <source>The disk is full: what was being done was not saved, and nothing already saved was lost ({0} is unchanged). Free some space on that disk (for example delete or move old files), then do it again.</source>
        <translation>Puno ang disk: hindi na-save ang ginagawa, at walang nawala sa na-save na ({0} ay hindi nagbago). Magbakante ng espasyo sa disk na iyon (halimbawa, burahin o ilipat ang mga lumang file), saka ulitin.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="173"/>
        <source>Delivery {0} is {1}; only a rejected or failed delivery is tried again.</source>
        <translation>Ang paghahatid {0} ay {1}; ang tinanggihan o nabigong paghahatid lamang ang sinusubukang muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="174"/>
        <source>{0} ({1}) may not cancel a delivery; ask a supervisor.</source>
        <translation>Hindi maaaring kanselahin ni {0} ({1}) ang isang paghahatid; magtanong sa isang superbisor.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="175"/>
        <source>Give the reason for cancelling the delivery (--reason).</source>
        <translation>Ibigay ang dahilan ng pagkansela ng paghahatid (--reason).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="176"/>
        <source>Delivery {0} is already {1}; nothing to cancel.</source>
        <translation>Ang paghahatid {0} ay {1} na; walang kakanselahin.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="177"/>
        <source>There is no delivery {0}; &apos;sts-pos deliveries list&apos; shows them.</source>
        <translation>Walang paghahatid {0}; ipinapakita ng &apos;sts-pos deliveries list&apos; ang mga ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="178"/>
        <source>{0} ({1}) may not switch a meter&apos;s relay; ask a supervisor.</source>
        <translation>Hindi maaaring ilipat ni {0} ({1}) ang relay ng isang metro; magtanong sa isang superbisor.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="179"/>
        <source>Give the reason for switching the relay (--reason): it goes in the audit log.</source>
        <translation>Ibigay ang dahilan ng paglipat ng relay (--reason): itatala ito sa audit log.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="181"/>
        <source>A meter code is 1 to 40 characters (the model up to 60, the explanation up to 300).</source>
        <translation>Ang meter code ay 1 hanggang 40 character (ang model hanggang 60, ang paliwanag hanggang 300).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="182"/>
        <source>A meter code means one of: {0}; not &apos;{1}&apos;.</source>
        <translation>Ang meter code ay nangangahulugang isa sa: {0}; hindi &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="185"/>
        <source>There is no template &apos;{0}&apos;; choose one of {1}.</source>
        <translation>Walang template na &apos;{0}&apos;; pumili ng isa sa {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="186"/>
        <source>Import customers, meters or tariffs, not &apos;{0}&apos;.</source>
        <translation>Mag-import ng customers, meters o tariffs, hindi &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="187"/>
        <source>{0} is a database, not a CSV or Excel file; export the register as CSV or .xlsx.</source>
        <translation>Ang {0} ay isang database, hindi CSV o Excel file; i-export ang talaan bilang CSV o .xlsx.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="188"/>
        <source>{0} is an old Excel file (.xls); open it in Excel or LibreOffice and save it as .xlsx or as CSV UTF-8.</source>
        <translation>Ang {0} ay lumang Excel file (.xls); buksan ito sa Excel o LibreOffice at i-save bilang .xlsx o bilang CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="189"/>
        <source>{0} is not a text file (it holds NUL bytes); export the register as CSV or .xlsx.</source>
        <translation>Ang {0} ay hindi text file (may NUL byte ito); i-export ang talaan bilang CSV o .xlsx.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="190"/>
        <source>{0} is empty: it has no header row.</source>
        <translation>Walang laman ang {0}: wala itong header row.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="191"/>
        <source>{0} is empty: its first sheet has no header row.</source>
        <translation>Walang laman ang {0}: walang header row ang unang sheet nito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="192"/>
        <source>{0}: the column(s) {1} are not {2} fields. The fields are {3}; rename the columns, or map them with --columns &apos;FILE COLUMN=field&apos; (&apos;=-&apos; ignores a column).</source>
        <translation>{0}: ang (mga) column na {1} ay hindi field ng {2}. Ang mga field ay {3}; palitan ang pangalan ng mga column, o i-map ang mga ito gamit ang --columns &apos;FILE COLUMN=field&apos; (hindi pinapansin ng &apos;=-&apos; ang isang column).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="193"/>
        <source>{0} has no column for {1}; a {2} file needs {3} (the template: sts-pos import --template {4}).</source>
        <translation>Walang column ang {0} para sa {1}; kailangan ng {2} file ang {3} (ang template: sts-pos import --template {4}).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="194"/>
        <source>&apos;{0}&apos; is not a phone number in international form (+ country code and number, e.g. +27821234567)</source>
        <translation>Ang &apos;{0}&apos; ay hindi numero ng telepono sa internasyonal na anyo (+ country code at numero, hal. +27821234567)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="195"/>
        <source>&apos;{0}&apos; in --columns is not FILE_COLUMN=FIELD (FIELD &apos;-&apos; ignores the column).</source>
        <translation>Ang &apos;{0}&apos; sa --columns ay hindi FILE_COLUMN=FIELD (hindi pinapansin ng FIELD na &apos;-&apos; ang column).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="196"/>
        <source>{0} is a folder; give the file to import.</source>
        <translation>Ang {0} ay isang folder; ibigay ang file na ii-import.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="197"/>
        <source>{0} is {1} MB; sts-pos imports files up to {2} MB. Split it into several files.</source>
        <translation>Ang {0} ay {1} MB; nag-i-import ang sts-pos ng mga file hanggang {2} MB. Hatiin ito sa ilang file.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="198"/>
        <source>There is no file {0}; check the name and the folder.</source>
        <translation>Walang file na {0}; suriin ang pangalan at ang folder.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="199"/>
        <source>sts-pos cannot read {0}: {1}.</source>
        <translation>Hindi mabasa ng sts-pos ang {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="200"/>
        <source>{0} has more than {1} rows; split it into several files.</source>
        <translation>May higit sa {1} na row ang {0}; hatiin ito sa ilang file.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="201"/>
        <source>{0} is not UTF-8 text (line {1} holds bytes that are not UTF-8). In Excel save it as &apos;CSV UTF-8&apos;; in LibreOffice choose the character set UTF-8.</source>
        <translation>Ang {0} ay hindi UTF-8 na teksto (may mga byte na hindi UTF-8 sa linya {1}). Sa Excel, i-save ito bilang &apos;CSV UTF-8&apos;; sa LibreOffice, piliin ang character set na UTF-8.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="202"/>
        <source>{0} is not a readable CSV file near line {1}: {2}.</source>
        <translation>Ang {0} ay hindi mababasang CSV file malapit sa linya {1}: {2}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="203"/>
        <source>{0} is not a readable Excel (.xlsx) file; open it in Excel or LibreOffice and save it again, or export it as CSV UTF-8.</source>
        <translation>Ang {0} ay hindi mababasang Excel (.xlsx) file; buksan ito sa Excel o LibreOffice at i-save muli, o i-export bilang CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="204"/>
        <source>{0} is a damaged Excel file (a sheet cannot be read); save it again from Excel or LibreOffice, or export it as CSV UTF-8.</source>
        <translation>Ang {0} ay sirang Excel file (hindi mabasa ang isang sheet); i-save itong muli mula sa Excel o LibreOffice, o i-export bilang CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="205"/>
        <source>{0}: the columns &apos;{1}&apos; and &apos;{2}&apos; both give {3}; keep one of them (or map one to &apos;-&apos; with --columns).</source>
        <translation>{0}: ang mga column na &apos;{1}&apos; at &apos;{2}&apos; ay parehong nagbibigay ng {3}; panatilihin ang isa (o i-map ang isa sa &apos;-&apos; gamit ang --columns).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="206"/>
        <source>the phone number {0} is in national form; SMS needs it with the country code (e.g. +27 82 123 4567)</source>
        <translation>ang numero ng teleponong {0} ay nasa pambansang anyo; kailangan ito ng SMS na may country code (hal. +27 82 123 4567)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="207"/>
        <source>The office changed while the file was being checked (another user added one of its meters, accounts or tariffs); nothing was imported. Run the import again.</source>
        <translation>Nagbago ang tanggapan habang sinusuri ang file (nagdagdag ang ibang user ng isa sa mga metro, account o taripa nito); walang na-import. Patakbuhin muli ang import.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="208"/>
        <source>{0} has no sheet &apos;{1}&apos;; its sheets are {2}.</source>
        <translation>Walang sheet na &apos;{1}&apos; ang {0}; ang mga sheet nito ay {2}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="209"/>
        <source>--columns maps &apos;{0}&apos; to &apos;{1}&apos;, which is not a {2} field; the fields are {3}.</source>
        <translation>Ini-map ng --columns ang &apos;{0}&apos; sa &apos;{1}&apos;, na hindi field ng {2}; ang mga field ay {3}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="215"/>
        <source>This office already has a key store.</source>
        <translation>May key store na ang tanggapang ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="216"/>
        <source>Unlocking the key vault is paused after {0} wrong passphrases in a row; try again after {1} (office time). The attempts are in the audit log.</source>
        <translation>Nakahinto ang pagbubukas ng key vault pagkatapos ng {0} sunud-sunod na maling passphrase; subukang muli pagkatapos ng {1} (oras ng tanggapan). Nasa audit log ang mga pagtatangka.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="217"/>
        <source>A network office is restored into a new, empty database, never over the one the counters use: create a database, run sts-pos --db &lt;its address&gt; restore with the backup, then point the counters at it. Nothing was changed.</source>
        <translation>Ang network na opisina ay ibinabalik sa bago at walang-lamang database, hindi kailanman sa ibabaw ng ginagamit ng mga counter: gumawa ng database, patakbuhin ang sts-pos --db &lt;address nito&gt; restore kasama ang backup, saka ituro dito ang mga counter. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="219"/>
        <source>{0} is a folder; give a file name for the {1}.</source>
        <translation>Ang {0} ay isang folder; magbigay ng pangalan ng file para sa {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="220"/>
        <source>{0} already exists; the {1} was not written. Choose another file name, or add --force to replace it.</source>
        <translation>Mayroon na ang {0}; hindi naisulat ang {1}. Pumili ng ibang pangalan ng file, o idagdag ang --force para palitan ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="221"/>
        <source>{0} belongs to the office&apos;s audit log; the {1} was not written. Choose another file name.</source>
        <translation>Ang {0} ay bahagi ng audit log ng tanggapan; hindi naisulat ang {1}. Pumili ng ibang pangalan ng file.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="222"/>
        <source>{0} is in the office&apos;s backup folder {1}; the {2} was not written there. Choose a file outside it.</source>
        <translation>Ang {0} ay nasa backup folder ng tanggapan na {1}; hindi naisulat doon ang {2}. Pumili ng file sa labas nito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="223"/>
        <source>{0} is a database (perhaps an office or a backup); the {1} was not written over it, not even with --force. Choose another file name.</source>
        <translation>Ang {0} ay isang database (maaaring tanggapan o backup); hindi isinulat ang {1} sa ibabaw nito, kahit may --force. Pumili ng ibang pangalan ng file.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="224"/>
        <source>{0} appeared while it was being written; it was left as it is. Choose another file name, or add --force to replace it.</source>
        <translation>Lumitaw ang {0} habang isinusulat ito; iniwan ito nang ganoon. Pumili ng ibang pangalan ng file, o idagdag ang --force para palitan ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="225"/>
        <source>{0} is part of the office database ({1}); the {2} was not written. Choose another file name.</source>
        <translation>Ang {0} ay bahagi ng database ng tanggapan ({1}); hindi naisulat ang {2}. Pumili ng ibang pangalan ng file.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="226"/>
        <source>{0} already exists; choose another file name, or add --force.</source>
        <translation>Mayroon na ang {0}; pumili ng ibang pangalan ng file, o idagdag ang --force.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="227"/>
        <source>The office database {0} was written by a newer sts-pos (schema {1}, this program knows up to {2}). Install the newer sts-pos on this PC.</source>
        <translation>Ang database ng opisina na {0} ay isinulat ng mas bagong sts-pos (schema {1}, hanggang {2} lamang ang alam ng programang ito). I-install ang mas bagong sts-pos sa PC na ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="228"/>
        <source>The database {0} holds tables of another program, not an sts-pos office. Give sts-pos an empty database of its own.</source>
        <translation>Ang database na {0} ay may mga table ng ibang programa, hindi opisina ng sts-pos. Bigyan ang sts-pos ng sarili nitong walang-lamang database.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="229"/>
        <source>The database {0} is empty: it holds no office. {1} (sts-pos migrate --to moves an existing office there).</source>
        <translation>Walang laman ang database na {0}: walang opisina rito. {1} (inililipat doon ng sts-pos migrate --to ang isang umiiral na opisina).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="230"/>
        <source>The database {0} already holds an office. Use --force to replace it with a fresh demo office (everything in it is lost).</source>
        <translation>May opisina na sa database na {0}. Gamitin ang --force para palitan ito ng bagong demo na opisina (mawawala ang lahat ng laman nito).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="231"/>
        <source>The database user may not create the office&apos;s tables in {0}. Make the user the database&apos;s owner (the README&apos;s network version section shows how).</source>
        <translation>Hindi puwedeng gumawa ang database user ng mga table ng opisina sa {0}. Gawing may-ari ng database ang user (ipinapakita ng bahaging network version ng README kung paano).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="232"/>
        <source>Setting up the office database {0} at schema {1} failed; it was left unchanged. Report this.</source>
        <translation>Nabigo ang paghahanda ng database ng opisina na {0} sa schema {1}; hindi ito binago. Iulat ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="233"/>
        <source>The PostgreSQL program {0} is not installed on this PC; install the PostgreSQL client (Debian: apt install postgresql-client) and try again.</source>
        <translation>Hindi naka-install sa PC na ito ang PostgreSQL na programang {0}; i-install ang PostgreSQL client (Debian: apt install postgresql-client) at subukang muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="234"/>
        <source>{0} failed; nothing was changed.</source>
        <translation>Nabigo ang {0}; walang binago.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="235"/>
        <source>There is no backup file {0}.</source>
        <translation>Walang backup file na {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="236"/>
        <source>{0} is not a backup of a network office (an sts-pos pg_dump archive); nothing was restored.</source>
        <translation>Ang {0} ay hindi backup ng isang network na opisina (isang pg_dump archive ng sts-pos); walang ibinalik.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="237"/>
        <source>The database {0} is not empty. A network office is restored into a new, empty database (create one, restore into it, then point the counters at it); nothing was changed.</source>
        <translation>May laman ang database na {0}. Ang network na opisina ay ibinabalik sa bago at walang-lamang database (gumawa ng isa, ibalik doon, saka ituro dito ang mga counter); walang binago.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="238"/>
        <source>The office&apos;s tables refer to each other in a circle; it cannot be moved.</source>
        <translation>Paikot na tumutukoy sa isa&apos;t isa ang mga table ng opisina; hindi ito mailipat.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="239"/>
        <source>The database {0} already holds an office; nothing was copied. Give migrate --to a new, empty database (the README&apos;s network version section shows how to make one).</source>
        <translation>May opisina na sa database na {0}; walang kinopya. Bigyan ang migrate --to ng bago at walang-lamang database (ipinapakita ng bahaging network version ng README kung paano gumawa nito).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="240"/>
        <source>The audit log copied to {0} does not verify: {1}. Keep using the file; drop the database and move it again.</source>
        <translation>Hindi pumasa sa pagsusuri ang audit log na kinopya sa {0}: {1}. Patuloy na gamitin ang file; burahin ang database at ilipat itong muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="241"/>
        <source>The backup of {0} is incomplete (it lacks {1}); it was not kept.</source>
        <translation>Kulang ang backup ng {0} (wala ang {1}); hindi ito itinago.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="242"/>
        <source>No PKCS#11 module is set for this office: give its library with --pkcs11-module PATH (SoftHSM2: {0}).</source>
        <translation>Walang nakatakdang PKCS#11 module para sa tanggapang ito: ibigay ang library nito gamit ang --pkcs11-module PATH (SoftHSM2: {0}).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="243"/>
        <source>The PKCS#11 module {0} was not found. Install the module&apos;s software (the vendor&apos;s driver; SoftHSM2: apt install softhsm2, {1}) or give its path with --pkcs11-module or {2}.</source>
        <translation>Hindi nakita ang PKCS#11 module na {0}. I-install ang software ng module (ang driver ng vendor; SoftHSM2: apt install softhsm2, {1}) o ibigay ang path nito gamit ang --pkcs11-module o {2}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="244"/>
        <source>The PKCS#11 key store needs the python-pkcs11 package, which is not installed. Install sts-pos&apos;s requirements (pip install -r requirements.txt).</source>
        <translation>Kailangan ng PKCS#11 key store ang python-pkcs11 package, na hindi naka-install. I-install ang mga kailangan ng sts-pos (pip install -r requirements.txt).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="245"/>
        <source>Type the user PIN of token &apos;{0}&apos;.</source>
        <translation>I-type ang user PIN ng token na &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="246"/>
        <source>The key in the module is a DKGA{0} vending key, not DKGA{1}.</source>
        <translation>Ang key sa module ay isang DKGA{0} vending key, hindi DKGA{1}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="247"/>
        <source>Token &apos;{0}&apos; holds no vending key for supply group {1} key revision {2} (&apos;{3}&apos;). Connect the token that holds it, or an administrator enters the key again (sts-pos supply-groups add).</source>
        <translation>Walang vending key ang token na &apos;{0}&apos; para sa supply group {1} key revision {2} (&apos;{3}&apos;). Ikonekta ang token na may hawak nito, o ilagay muli ng administrador ang key (sts-pos supply-groups add).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="248"/>
        <source>The key &apos;{0}&apos; in token &apos;{1}&apos; is not the key this office entered (check value {2}, expected {3}). Connect the right token.</source>
        <translation>Ang key na &apos;{0}&apos; sa token na &apos;{1}&apos; ay hindi ang key na inilagay ng tanggapang ito (check value {2}, inaasahan {3}). Ikonekta ang tamang token.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="249"/>
        <source>Token &apos;{0}&apos; no longer holds the vending key &apos;{1}&apos;.</source>
        <translation>Wala na sa token na &apos;{0}&apos; ang vending key na &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="250"/>
        <source>Token &apos;{0}&apos; already holds a different key labelled &apos;{1}&apos; (check value {2}, this key&apos;s is {3}). Remove it with the module&apos;s tools or use another token; nothing was stored.</source>
        <translation>May ibang key na may label na &apos;{1}&apos; na ang token na &apos;{0}&apos; (check value {2}, ang sa key na ito ay {3}). Alisin ito gamit ang mga tool ng module o gumamit ng ibang token; walang naitago.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="251"/>
        <source>The vending key of supply group {0} key revision {1} was stored by a key vault, not in this office&apos;s secure module. An administrator must enter the key again.</source>
        <translation>Ang vending key ng supply group {0} key revision {1} ay itinago ng isang key vault, hindi sa secure module ng tanggapang ito. Dapat ilagay muli ng administrador ang key.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="252"/>
        <source>The key record of supply group {0} key revision {1} names another key (&apos;{2}&apos;); an administrator must enter the key again.</source>
        <translation>Ang talaan ng key ng supply group {0} key revision {1} ay tumutukoy sa ibang key (&apos;{2}&apos;); dapat ilagay muli ng administrador ang key.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="253"/>
        <source>{0} cannot be loaded as a PKCS#11 module: {1}. Give the path of the module&apos;s library (a .so or .dll file).</source>
        <translation>Hindi mai-load ang {0} bilang PKCS#11 module: {1}. Ibigay ang path ng library ng module (isang .so o .dll file).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="254"/>
        <source>No token labelled &apos;{0}&apos; is present in the PKCS#11 module {1} (tokens present: {2}). Insert or connect the token, or check its label.</source>
        <translation>Walang token na may label na &apos;{0}&apos; sa PKCS#11 module na {1} (mga token na naroon: {2}). Ipasok o ikonekta ang token, o suriin ang label nito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="255"/>
        <source>More than one token is labelled &apos;{0}&apos; in {1}; give each token its own label.</source>
        <translation>Higit sa isang token ang may label na &apos;{0}&apos; sa {1}; bigyan ang bawat token ng sariling label.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="256"/>
        <source>That is not the user PIN of token &apos;{0}&apos;. Check it and try again.</source>
        <translation>Hindi iyon ang user PIN ng token na &apos;{0}&apos;. Suriin ito at subukang muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="257"/>
        <source>That is not the user PIN of token &apos;{0}&apos;; {1}. Check it and try again.</source>
        <translation>Hindi iyon ang user PIN ng token na &apos;{0}&apos;; {1}. Suriin ito at subukang muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="258"/>
        <source>The user PIN of token &apos;{0}&apos; is locked after too many wrong tries. The token&apos;s security officer must unlock it (or set a new PIN) with the module&apos;s tools.</source>
        <translation>Naka-lock ang user PIN ng token na &apos;{0}&apos; pagkatapos ng napakaraming maling subok. Dapat itong buksan ng security officer ng token (o magtakda ng bagong PIN) gamit ang mga tool ng module.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="259"/>
        <source>That PIN cannot be a user PIN of token &apos;{0}&apos; (wrong length or characters). Check it and try again.</source>
        <translation>Hindi maaaring user PIN ng token na &apos;{0}&apos; ang PIN na iyon (maling haba o character). Suriin ito at subukang muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="260"/>
        <source>Token &apos;{0}&apos; has no user PIN yet: its security officer must set one (softhsm2-util --init-token, or the vendor&apos;s tool).</source>
        <translation>Wala pang user PIN ang token na &apos;{0}&apos;: dapat magtakda nito ang security officer (softhsm2-util --init-token, o ang tool ng vendor).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="261"/>
        <source>Token &apos;{0}&apos; was removed. Insert it and try again.</source>
        <translation>Inalis ang token na &apos;{0}&apos;. Ipasok ito at subukang muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="262"/>
        <source>Token &apos;{0}&apos; refused the log-in ({1}).</source>
        <translation>Tinanggihan ng token na &apos;{0}&apos; ang pag-log in ({1}).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="263"/>
        <source>Token &apos;{0}&apos; holds {1} keys labelled &apos;{2}&apos;; remove the extra ones with the module&apos;s tools.</source>
        <translation>May {1} key na may label na &apos;{2}&apos; ang token na &apos;{0}&apos;; alisin ang mga sobra gamit ang mga tool ng module.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="264"/>
        <source>Token &apos;{0}&apos; does not hold this office&apos;s key (&apos;{1}&apos;): it is not the token this office was created with. Connect that token.</source>
        <translation>Wala sa token na &apos;{0}&apos; ang key ng tanggapang ito (&apos;{1}&apos;): hindi ito ang token na ginamit nang likhain ang tanggapang ito. Ikonekta ang token na iyon.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="265"/>
        <source>Token &apos;{0}&apos; computes check value {1} for this key where DKGA{2} gives {3}: its {4} is not the one STS needs. The key was not stored.</source>
        <translation>Kinukuwenta ng token na &apos;{0}&apos; ang check value na {1} para sa key na ito samantalang {3} ang ibinibigay ng DKGA{2}: hindi ang {4} nito ang kailangan ng STS. Hindi naitago ang key.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="266"/>
        <source>Token &apos;{0}&apos; refused to store the DKGA{1} vending key ({2}): it must hold {3}.</source>
        <translation>Tumanggi ang token na &apos;{0}&apos; na itago ang DKGA{1} vending key ({2}): dapat itong may {3}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="267"/>
        <source>Token &apos;{0}&apos; cannot hold the office key ({1}): it must keep private secret keys and make HMAC-SHA-256.</source>
        <translation>Hindi mahawakan ng token na &apos;{0}&apos; ang key ng tanggapan ({1}): dapat itong magtago ng pribadong lihim na key at gumawa ng HMAC-SHA-256.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="268"/>
        <source>The secure module stopped answering while {0} ({1}): check that token &apos;{2}&apos; is connected, then unlock it again.</source>
        <translation>Huminto sa pagsagot ang secure module habang {0} ({1}): tiyaking nakakonekta ang token na &apos;{2}&apos;, saka buksan itong muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="272"/>
        <source>The tariff index is 00 to 99, not {0}.</source>
        <translation>Ang tariff index ay 00 hanggang 99, hindi {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="273"/>
        <source>A tariff needs a name; it is printed on receipts and reports.</source>
        <translation>Kailangan ng pangalan ang taripa; ipi-print ito sa mga resibo at ulat.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="274"/>
        <source>Block rates and the VAT rate must be numbers, not negative.</source>
        <translation>Ang mga rate ng bloke at ang VAT rate ay dapat mga numero, hindi negatibo.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="276"/>
        <source>There is no supply group key with id {0}.</source>
        <translation>Walang supply group key na may id {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="289"/>
        <source>A replacement needs a reason (what the customer reported, the diagnosis); type it in.</source>
        <translation>Kailangan ng dahilan ang kapalit (ang iniulat ng customer, ang diyagnosis); i-type ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="290"/>
        <source>must be 0 (the paper&apos;s standard) or the printer&apos;s dots per line, a multiple of 8 from 128 to 1024 (384 on 58 mm paper, 576 on 80 mm)</source>
        <translation>dapat ay 0 (karaniwan sa papel) o ang bilang ng tuldok bawat linya ng printer, multiple ng 8 mula 128 hanggang 1024 (384 sa 58 mm na papel, 576 sa 80 mm)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="291"/>
        <source>must be one of {0} (the code page set on the receipt printer)</source>
        <translation>dapat ay isa sa {0} (ang code page na nakatakda sa printer ng resibo)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="292"/>
        <source>The decimal mark and the thousands separator cannot both be &apos;{0}&apos;; change one of them in the same command (e.g. decimal_mark=, thousands_separator=.).</source>
        <translation>Hindi maaaring parehong &apos;{0}&apos; ang decimal mark at ang thousands separator; palitan ang isa sa kanila sa iisang command (hal. decimal_mark=, thousands_separator=.).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="293"/>
        <source>{0} (&apos;{1}&apos; was not saved).</source>
        <translation>{0} (hindi na-save ang &apos;{1}&apos;).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="309"/>
        <source>This card was taken out of the reader while it was being issued, so it holds no usable customer data yet. Issue it again (Issue card); nothing was sold on it.</source>
        <translation>Inalis ang card na ito sa reader habang ibinibigay ito, kaya wala pa itong magagamit na datos ng customer. Ibigay itong muli (Ibigay ang card); walang naibenta rito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="310"/>
        <source>{0} Sale {1} is paid: its purchase {2} waits for this card and is written by the next write to it, without a second sale.</source>
        <translation>{0} Bayad na ang benta {1}: hinihintay ng pagbili nitong {2} ang card na ito at isusulat ito sa susunod na pagsulat dito, nang walang ikalawang benta.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="311"/>
        <source>This card was written by an older sts-pos (card format {0}) and cannot be used as it is. A supervisor re-issues it (Issue card); the customer&apos;s last sale can then be written to it again (Write sale onto card again).</source>
        <translation>Isinulat ang card na ito ng mas lumang sts-pos (card format {0}) at hindi ito magagamit nang ganoon. Muling ibibigay ito ng superbisor (Ibigay ang card); pagkatapos ay maisusulat muli rito ang huling benta ng customer (Isulat muli ang benta sa card).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="314"/>
        <source>The office PSC is 6 hexadecimal digits (0-9, A-F) and cannot be FFFFFF, the PSC of blank cards. Type the PSC the office&apos;s meters were given.</source>
        <translation>Ang PSC ng opisina ay 6 na hexadecimal na digit (0-9, A-F) at hindi maaaring FFFFFF, ang PSC ng mga blangkong card. I-type ang PSC na ibinigay sa mga metro ng opisina.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="315"/>
        <source>The office has issued {0} card(s) with its present PSC; a new PSC would lock them out. The office PSC can only be set before the first card is issued.</source>
        <translation>Nakapag-isyu na ang opisina ng {0} card gamit ang kasalukuyang PSC nito; hindi na mabubuksan ang mga ito kung papalitan ang PSC. Maitatakda lamang ang PSC ng opisina bago ma-isyu ang unang card.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="324"/>
        <source>This is a technician card; a purchase goes on the customer&apos;s card.</source>
        <translation>Ito ay card ng teknisyan; ang pagbili ay napupunta sa card ng customer.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="325"/>
        <source>The meter&apos;s data on this card is incomplete. Ask the customer to insert the card in the meter again, then come back. Nothing was sold.</source>
        <translation>Kulang ang datos ng metro sa card na ito. Hilingin sa customer na ipasok muli ang card sa metro, saka bumalik. Walang naibenta.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="326"/>
        <source>Sale {0}, purchase {1} of this card, is {2}, so it is not written to the card. Ask a supervisor to settle it before selling on this card.</source>
        <translation>Ang benta {0}, pagbili {1} ng card na ito, ay {2}, kaya hindi ito isinusulat sa card. Hilingin sa isang superbisor na ayusin ito bago magbenta sa card na ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="328"/>
        <source>Purchase {0} of this card is sale {1}; write that sale again, or issue the customer a replacement card for this one.</source>
        <translation>Ang pagbili {0} ng card na ito ay ang benta {1}; isulat muli ang bentang iyon, o bigyan ang customer ng kapalit na card para rito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="335"/>
        <source>The collector packet format is ascii or hex, not {0}.</source>
        <translation>Ang collector packet format ay ascii o hex, hindi {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="336"/>
        <source>collector_heartbeat cannot be empty; set the heartbeat the DTUs send.</source>
        <translation>Hindi maaaring walang laman ang collector_heartbeat; itakda ang heartbeat na ipinapadala ng mga DTU.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="337"/>
        <source>A collector identifier is 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;; &apos;{0}&apos; is not.</source>
        <translation>Ang collector identifier ay 1 hanggang 64 na titik, digit, &apos;-&apos;, &apos;_&apos; o &apos;.&apos;; hindi ganoon ang &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="338"/>
        <source>does not start with the registration prefix ({0})</source>
        <translation>hindi nagsisimula sa registration prefix ({0})</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="339"/>
        <source>A collector identifier is {0} hex digits with the hex packet format (collector_id_bytes {1}); &apos;{2}&apos; is not.</source>
        <translation>Ang collector identifier ay {0} hex digit sa hex packet format (collector_id_bytes {1}); hindi ganoon ang &apos;{2}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="340"/>
        <source>With collector_packet_format hex, {0} is hex bytes such as 7E01; &apos;{1}&apos; is not. Change the setting.</source>
        <translation>Kapag hex ang collector_packet_format, ang {0} ay mga hex byte gaya ng 7E01; hindi ganoon ang &apos;{1}&apos;. Baguhin ang setting.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="341"/>
        <source>Collector {0} is not connected.</source>
        <translation>Hindi nakakonekta ang collector {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="342"/>
        <source>Meter {0} did not answer through collector {1} within {2} s.</source>
        <translation>Hindi sumagot ang metro {0} sa pamamagitan ng collector {1} sa loob ng {2} s.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="343"/>
        <source>Meter {0} answered, not meter {1}. Another meter on the same line answered: check the address on the meter&apos;s nameplate and the wiring.</source>
        <translation>Ang metro {0} ang sumagot, hindi ang metro {1}. Ibang metro sa parehong linya ang sumagot: tingnan ang address sa nameplate ng metro at ang mga kable.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="346"/>
        <source>The meter profile {0} has no STS registers; use &apos;meter read&apos; for the standard registers, or choose the meter model&apos;s profile.</source>
        <translation>Walang STS register ang profile ng metro na {0}; gamitin ang &apos;meter read&apos; para sa mga karaniwang register, o piliin ang profile ng modelo ng metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="347"/>
        <source>The meter profile {0} has no token register, so sts-pos cannot enter tokens over the serial line: enter the token on the meter&apos;s keypad, or choose the meter model&apos;s profile.</source>
        <translation>Walang token register ang profile ng metro na {0}, kaya hindi maipapasok ng sts-pos ang mga token sa serial line: ipasok ang token sa keypad ng metro, o piliin ang profile ng modelo ng metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="349"/>
        <source>The meter profile {0} has no last-token register; read the result on the meter&apos;s display.</source>
        <translation>Walang register ng huling token ang profile ng metro na {0}; basahin ang resulta sa display ng metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="350"/>
        <source>The meter did not enter programming mode; it may not take tokens over the optical port.</source>
        <translation>Hindi pumasok sa programming mode ang metro; maaaring hindi ito tumatanggap ng token sa optical port.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="351"/>
        <source>The meter could not read register {0}: {1}.</source>
        <translation>Hindi mabasa ng metro ang rehistrong {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="352"/>
        <source>The meter says the {0} arrived damaged. Hold the probe steady and try again.</source>
        <translation>Sinasabi ng metro na sira ang dating ng {0}. Hawakan nang matatag ang probe at subukang muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="372"/>
        <source>There is no meter profile {0}: choose {1}, or give the path of a profile file (.json).</source>
        <translation>Walang profile ng metro na {0}: pumili sa {1}, o ibigay ang path ng isang profile file (.json).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="373"/>
        <source>The meter profile has fields sts-pos does not know ({0}); check their names against docs/meter-protocol.md.</source>
        <translation>May mga field ang profile ng metro na hindi kilala ng sts-pos ({0}); ihambing ang mga pangalan nito sa docs/meter-protocol.md.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="374"/>
        <source>The meter profile has no name; give it one, e.g. &quot;name&quot;: &quot;acme-x1&quot;.</source>
        <translation>Walang pangalan ang profile ng metro; bigyan ito ng isa, hal. &quot;name&quot;: &quot;acme-x1&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="375"/>
        <source>The meter profile {0} is not a JSON object of register names.</source>
        <translation>Ang profile ng metro na {0} ay hindi JSON object ng mga pangalan ng register.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="376"/>
        <source>The meter profile {0} cannot be read; check that the file exists and is JSON.</source>
        <translation>Hindi mabasa ang profile ng metro na {0}; tingnan kung may ganitong file at kung JSON ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="377"/>
        <source>In the meter profile, {0} is {1}; write the data identifier as 8 hexadecimal digits, e.g. 04A00001.</source>
        <translation>Sa profile ng metro, ang {0} ay {1}; isulat ang data identifier bilang 8 hexadecimal na digit, hal. 04A00001.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="378"/>
        <source>The meter has neither forward active energy (00010000) nor combined active energy (00000000); it may not be a DL/T 645-2007 electricity meter.</source>
        <translation>Walang forward active energy (00010000) o combined active energy (00000000) ang metro; maaaring hindi ito DL/T 645-2007 na metro ng kuryente.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="379"/>
        <source>The meter&apos;s date or time is not valid BCD.</source>
        <translation>Hindi wastong BCD ang petsa o oras ng metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="380"/>
        <source>Meter {0} answered, not meter {1}. Another meter on the line (or under the probe) answered; check the address and the probe position.</source>
        <translation>Ang metro {0} ang sumagot, hindi ang metro {1}. Ibang metro sa linya (o nasa ilalim ng probe) ang sumagot; tingnan ang address at ang puwesto ng probe.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="381"/>
        <source>The meter&apos;s readout has no active energy register (1.8.0); it may use other register numbers. Check the meter&apos;s manual.</source>
        <translation>Walang active energy register (1.8.0) sa readout ng metro; maaaring iba ang mga numero ng register nito. Tingnan ang manwal ng metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="382"/>
        <source>The meter sent an energy value that is not a number.</source>
        <translation>Nagpadala ang metro ng halaga ng enerhiya na hindi numero.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="429"/>
        <source>Tokens by kind: {0}.</source>
        <translation>Mga token ayon sa uri: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="433"/>
        <source>Opened {0}, closed {1}.</source>
        <translation>Binuksan {0}, isinara {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="434"/>
        <source>Opened {0}, still open.</source>
        <translation>Binuksan {0}, bukas pa.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="430"/>
        <source>Sales are issued sales; voided sales are shown apart and not counted in the sales figures.</source>
        <translation>Ang mga benta ay mga naibigay na benta; ang mga napawalang-bisa ay ipinapakita nang hiwalay at hindi binibilang sa mga numero ng benta.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="431"/>
        <source>Count and money per payment method follow the sales figures (they add up to them).</source>
        <translation>Ang bilang at pera ayon sa paraan ng pagbabayad ay sumusunod sa mga numero ng benta (nagsusuma ang mga ito sa kanila).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="432"/>
        <source>Supply group: the one (and key revision) each sale&apos;s tokens were made under.</source>
        <translation>Supply group: ang supply group (at key revision) kung saan ginawa ang mga token ng bawat benta.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="435"/>
        <source>Sales from {0} to {1}.</source>
        <translation>Mga benta mula {0} hanggang {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="436"/>
        <source>Z report taken {0} by {1}; it never changes after it was taken.</source>
        <translation>Kinuha ang Z report {0} ni {1}; hindi na ito nagbabago kailanman matapos makuha.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="437"/>
        <source>X report: interim figures at the time of printing.</source>
        <translation>X report: pansamantalang mga numero sa oras ng pag-print.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="438"/>
        <source>COPY: a reprint of the Z report; the Z report is taken once.</source>
        <translation>KOPYA: muling pag-print ng Z report; isang beses lang kinukuha ang Z report.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="353"/>
        <source>The meter&apos;s address answer is too short.</source>
        <translation>Masyadong maikli ang sagot ng metro tungkol sa address nito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="384"/>
        <source>The meter&apos;s readout has no {0} register; it may not be an STS meter or may use other register numbers.</source>
        <translation>Walang {0} na rehistro sa readout ng metro; maaaring hindi ito STS meter o iba ang numero ng mga rehistro nito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="354"/>
        <source>Writing to the serial port {0} failed; check the cable.</source>
        <translation>Pumalya ang pagsulat sa serial port na {0}; suriin ang cable.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="355"/>
        <source>The serial port {0} cannot switch to {1} baud.</source>
        <translation>Hindi makalipat ang serial port na {0} sa {1} baud.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="356"/>
        <source>&apos;{0}&apos; is not a DL/T 645 meter address: use the 12 digits on the meter&apos;s nameplate, or leave it empty to ask the meter.</source>
        <translation>Ang &apos;{0}&apos; ay hindi DL/T 645 na address ng metro: gamitin ang 12 digit sa nameplate ng metro, o iwanang blangko para itanong sa metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="385"/>
        <source>The meter&apos;s {0} register is not a number.</source>
        <translation>Hindi numero ang rehistrong {0} ng metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="357"/>
        <source>Reading from the serial port {0} failed; check the cable.</source>
        <translation>Pumalya ang pagbasa mula sa serial port na {0}; suriin ang cable.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="358"/>
        <source>The meter sent a number that is not valid BCD.</source>
        <translation>Nagpadala ang metro ng numerong hindi wastong BCD.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="359"/>
        <source>The meter answered a different request; try again.</source>
        <translation>Ibang request ang sinagot ng metro; subukang muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="360"/>
        <source>The meter refused the request: {0}.</source>
        <translation>Tinanggihan ng metro ang request: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="361"/>
        <source>The meter answered with a different register; try again.</source>
        <translation>Ibang rehistro ang isinagot ng metro; subukang muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="362"/>
        <source>The meter sends data that is not DL/T 645. Check the protocol and baud rate settings.</source>
        <translation>Nagpapadala ang metro ng data na hindi DL/T 645. Suriin ang setting ng protocol at baud rate.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="363"/>
        <source>The meter&apos;s answer arrived damaged (wrong checksum). Check the RS-485 wiring or the optical probe position and try again.</source>
        <translation>Sira ang dating ng sagot ng metro (maling checksum). Suriin ang RS-485 na wiring o ang puwesto ng optical probe at subukang muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="364"/>
        <source>The meter&apos;s optical port answered with an identification sts-pos cannot read. Check the probe and that the meter speaks IEC 62056-21.</source>
        <translation>Sumagot ang optical port ng metro ng identification na hindi mabasa ng sts-pos. Suriin ang probe at kung IEC 62056-21 ang gamit ng metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="365"/>
        <source>A programming-mode message could not be understood.</source>
        <translation>Hindi maintindihan ang isang mensahe sa programming mode.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="366"/>
        <source>The meter&apos;s answer could not be understood.</source>
        <translation>Hindi maintindihan ang sagot ng metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="367"/>
        <source>A message from the meter&apos;s optical port arrived damaged (wrong BCC). Hold the probe steady and try again.</source>
        <translation>Sira ang dating ng mensahe mula sa optical port ng metro (maling BCC). Hawakan nang matatag ang probe at subukang muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="368"/>
        <source>The meter&apos;s readout arrived damaged (wrong BCC). Hold the optical probe steady on the meter and read again.</source>
        <translation>Sira ang dating ng readout ng metro (maling BCC). Hawakan nang matatag ang optical probe sa metro at basahin muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="369"/>
        <source>The meter&apos;s readout could not be understood.</source>
        <translation>Hindi maintindihan ang readout ng metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="370"/>
        <source>The optical port sends data that is not IEC 62056-21. Check the protocol and baud rate settings.</source>
        <translation>Nagpapadala ang optical port ng data na hindi IEC 62056-21. Suriin ang setting ng protocol at baud rate.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="371"/>
        <source>The meter&apos;s identification line is too long; check the protocol.</source>
        <translation>Masyadong mahaba ang identification line ng metro; suriin ang protocol.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="383"/>
        <source>The meter&apos;s date or time could not be read.</source>
        <translation>Hindi mabasa ang petsa o oras ng metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="386"/>
        <source>This simulated meter has no card reader: start it with the office card PSC.</source>
        <translation>Walang card reader ang simulated na metrong ito: simulan ito gamit ang card PSC ng tanggapan.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="387"/>
        <source>Unknown printer kind {0}.</source>
        <translation>Hindi kilalang uri ng printer na {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="388"/>
        <source>The network printer has no address.</source>
        <translation>Walang address ang network printer.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="389"/>
        <source>No {0} printer is configured.</source>
        <translation>Walang naka-set up na {0} printer.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="390"/>
        <source>The printer {0} is not understood.</source>
        <translation>Hindi maintindihan ang printer na {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="391"/>
        <source>The USB printer id {0} is not VENDOR:PRODUCT in hexadecimal.</source>
        <translation>Ang USB printer id na {0} ay hindi VENDOR:PRODUCT sa hexadecimal.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="392"/>
        <source>The network printer port {0} is not a number.</source>
        <translation>Hindi numero ang port ng network printer na {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="393"/>
        <source>USB printing is not available on this computer.</source>
        <translation>Hindi magagamit ang USB printing sa computer na ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="394"/>
        <source>No printer queue is chosen. Choose one in Administration &gt; Printer and devices.</source>
        <translation>Walang napiling printer. Pumili ng isa sa Pangangasiwa &gt; Printer at mga device.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="395"/>
        <source>The receipt printer stopped while printing. Check the cable and the paper.</source>
        <translation>Huminto ang printer ng resibo habang nagpi-print. Suriin ang cable at ang papel.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="396"/>
        <source>The receipt could not be prepared for the printer; print it again.</source>
        <translation>Hindi naihanda ang resibo para sa printer; i-print itong muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="397"/>
        <source>This computer has no printing service (CUPS), so no system printer can be used. Install CUPS (on Debian/Ubuntu: apt-get install cups), or choose another printer in Administration &gt; Printer and devices.</source>
        <translation>Walang serbisyo sa pag-print (CUPS) ang computer na ito, kaya hindi magagamit ang printer ng sistema. Mag-install ng CUPS (sa Debian/Ubuntu: apt-get install cups), o pumili ng ibang printer sa Pangangasiwa &gt; Printer at mga device.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="398"/>
        <source>The printing service did not answer within {0} seconds. Check that CUPS is running, then print again.</source>
        <translation>Hindi sumagot ang serbisyo sa pag-print sa loob ng {0} segundo. Tiyaking tumatakbo ang CUPS, saka mag-print muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="399"/>
        <source>&apos;{0}&apos; is not a phone number: use digits only, with the country code (for example +27821234567).</source>
        <translation>Ang &apos;{0}&apos; ay hindi numero ng telepono: mga digit lamang, kasama ang country code (halimbawa +639171234567).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="400"/>
        <source>The modem&apos;s answer has no {0} value.</source>
        <translation>Walang {0} na halaga sa sagot ng modem.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="402"/>
        <source>Cannot open the modem&apos;s serial port {0}. Check that the modem is plugged in, the port name is right and no other program is using it.</source>
        <translation>Hindi mabuksan ang serial port ng modem na {0}. Tiyaking nakasaksak ang modem, tama ang pangalan ng port at walang ibang programang gumagamit nito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="404"/>
        <source>The modem did not answer {0} in time. Check the modem&apos;s port ({1}) and that it is switched on.</source>
        <translation>Hindi sumagot sa oras ang modem sa {0}. Suriin ang port ng modem ({1}) at kung nakabukas ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="405"/>
        <source>The modem sends a stream that is not AT responses; check the port.</source>
        <translation>Nagpapadala ang modem ng data na hindi AT na sagot; suriin ang port.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="406"/>
        <source>Writing to the modem on {0} failed; check the cable.</source>
        <translation>Pumalya ang pagsulat sa modem sa {0}; suriin ang cable.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="401"/>
        <source>The modem&apos;s answer about a stored message cannot be read.</source>
        <translation>Hindi mabasa ang sagot ng modem tungkol sa isang naka-save na mensahe.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="403"/>
        <source>The modem did not ask for the message (no &apos;&gt;&apos; after {0}). Check the modem&apos;s port and that it is switched on.</source>
        <translation>Hindi hiningi ng modem ang mensahe (walang &apos;&gt;&apos; pagkatapos ng {0}). Suriin ang port ng modem at kung ito ay nakabukas.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="407"/>
        <source>The modem&apos;s list of stored messages cannot be read.</source>
        <translation>Hindi mabasa ang listahan ng modem ng mga naka-save na mensahe.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="408"/>
        <source>Reading from the modem on {0} failed; check the cable.</source>
        <translation>Pumalya ang pagbasa mula sa modem sa {0}; suriin ang cable.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="409"/>
        <source>The modem did not keep the message in its memory; it will be tried again.</source>
        <translation>Hindi itinago ng modem ang mensahe sa memorya nito; susubukan itong muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="410"/>
        <source>SMS {0} is {1}, not uncertain; there is nothing to settle.</source>
        <translation>Ang SMS {0} ay {1}, hindi alanganin; walang dapat ayusin.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="411"/>
        <source>There is no such SMS in the outbox.</source>
        <translation>Walang ganoong SMS sa outbox.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="412"/>
        <source>The SMS text has {0} characters, some outside the GSM alphabet; such a message holds at most {1}.</source>
        <translation>May {0} character ang teksto ng SMS, ang ilan ay wala sa GSM alphabet; hanggang {1} lamang ang kasya sa ganitong mensahe.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="413"/>
        <source>The SMS text takes {0} characters; one message holds at most {1} (characters such as {{ }} [ ] ~ and the euro sign count twice).</source>
        <translation>Gumagamit ng {0} character ang teksto ng SMS; hanggang {1} lamang ang kasya sa isang mensahe (ang mga character gaya ng {{ }} [ ] ~ at ang euro sign ay binibilang nang dalawang beses).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="414"/>
        <source>A message stored in the modem cannot be read.</source>
        <translation>Hindi mabasa ang isang mensaheng nakatago sa modem.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="415"/>
        <source>A message received by the modem cannot be read.</source>
        <translation>Hindi mabasa ang mensaheng natanggap ng modem.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="416"/>
        <source>A delivery report from the modem cannot be read.</source>
        <translation>Hindi mabasa ang isang delivery report mula sa modem.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="417"/>
        <source>There is no chart called {0}.</source>
        <translation>Walang tsart na {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="418"/>
        <source>The report period ends before it starts; swap the dates.</source>
        <translation>Nagtatapos ang panahon ng ulat bago ito magsimula; pagpalitin ang mga petsa.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="419"/>
        <source>The number of days must be at least 1.</source>
        <translation>Dapat hindi bababa sa 1 ang bilang ng araw.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="420"/>
        <source>Unknown paper size {0}.</source>
        <translation>Hindi kilalang laki ng papel na {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="421"/>
        <source>There is no report called {0}.</source>
        <translation>Walang ulat na {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="422"/>
        <source>Say which shift: give its number (--shift N).</source>
        <translation>Sabihin kung aling shift: ibigay ang numero nito (--shift N).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="423"/>
        <source>The Z report of shift {0} was never taken, so there is no copy to reprint; take it once without --copy after the shift is closed.</source>
        <translation>Hindi pa kailanman nakuha ang Z report ng shift {0}, kaya walang kopyang mai-print muli; kunin ito nang isang beses nang walang --copy pagkasara ng shift.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="424"/>
        <source>Sales cannot be grouped by {0}.</source>
        <translation>Hindi mapapangkat ang mga benta ayon sa {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="425"/>
        <source>There is no shift number {0}.</source>
        <translation>Walang shift na may numerong {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="426"/>
        <source>{0} may take the reports of their own shifts only; ask a supervisor.</source>
        <translation>Ang mga ulat lamang ng sarili niyang mga shift ang makukuha ni {0}; magtanong sa superbisor.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="427"/>
        <source>Shift {0} is still open; close it with the counted cash before the Z report. An X report can be printed at any time.</source>
        <translation>Bukas pa ang shift {0}; isara ito kasama ang nabilang na pera bago ang Z report. Maaaring mag-print ng X report anumang oras.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/message_catalogue.py" line="428"/>
        <source>Reports cannot be saved as {0}.</source>
        <translation>Hindi mase-save ang mga ulat bilang {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="30"/>
        <source>cashier</source>
        <translation>kahera</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="30"/>
        <source>technician</source>
        <translation>tekniko</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="31"/>
        <source>supervisor</source>
        <translation>superbisor</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="31"/>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="32"/>
        <source>a supervisor</source>
        <translation>isang superbisor</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="32"/>
        <source>a technician</source>
        <translation>isang tekniko</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="33"/>
        <source>a technician or supervisor</source>
        <translation>isang tekniko o superbisor</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="33"/>
        <source>an administrator</source>
        <translation>isang administrador</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="34"/>
        <source>another role</source>
        <translation>ibang tungkulin</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="35"/>
        <source>vend</source>
        <translation>pagbebenta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="35"/>
        <source>reprint</source>
        <translation>muling pag-print</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="36"/>
        <source>shift</source>
        <translation>shift</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="36"/>
        <source>lookup</source>
        <translation>paghahanap</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="37"/>
        <source>engineering</source>
        <translation>engineering token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="37"/>
        <source>cards</source>
        <translation>mga card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="38"/>
        <source>meter test</source>
        <translation>pagsubok ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="38"/>
        <source>void</source>
        <translation>pagpapawalang-bisa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="39"/>
        <source>customers</source>
        <translation>pamamahala ng customer</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="39"/>
        <source>tariffs</source>
        <translation>pagbabago ng taripa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="40"/>
        <source>key change</source>
        <translation>pagpalit ng key</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="40"/>
        <source>reports</source>
        <translation>mga ulat</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="41"/>
        <source>unlock vault</source>
        <translation>pagbukas ng key vault</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="41"/>
        <source>users</source>
        <translation>pamamahala ng user</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="42"/>
        <source>supply groups</source>
        <translation>mga supply group</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="42"/>
        <source>settings</source>
        <translation>mga setting</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="43"/>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="43"/>
        <source>restore</source>
        <translation>pagbabalik mula sa backup</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="44"/>
        <source>ISSUED</source>
        <translation>naibigay</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="44"/>
        <source>VOIDED</source>
        <translation>napawalang-bisa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="45"/>
        <source>VOID</source>
        <translation>napawalang-bisa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="45"/>
        <source>PENDING</source>
        <translation>nakabinbin</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="47"/>
        <source>cash</source>
        <translation>salapi</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="47"/>
        <source>card</source>
        <translation>card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="48"/>
        <source>mobile money</source>
        <translation>pera sa mobile</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/messages.py" line="48"/>
        <source>cheque</source>
        <translation>tseke</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../src/sts_pos/gui/printing.py" line="31"/>
        <source>The printer “{0}” is not installed on this computer.</source>
        <translation>Hindi naka-install sa computer na ito ang printer na “{0}”.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/printing.py" line="33"/>
        <source>This computer has no default printer. Choose one in the system settings or set the receipt printer in Administration.</source>
        <translation>Walang default na printer ang computer na ito. Pumili ng isa sa system settings o itakda ang printer ng resibo sa Pangangasiwa.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/printing.py" line="55"/>
        <source>The printer did not accept the receipt. Check that it is on and has paper.</source>
        <translation>Hindi tinanggap ng printer ang resibo. Tiyaking nakabukas ito at may papel.</translation>
    </message>
</context>
</TS>
