<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="73"/>
        <source>The first administrator</source>
        <translation>Ang unang administrador</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="74"/>
        <source>This user creates the other users, the supply groups and their keys.</source>
        <translation>Ang user na ito ang gagawa ng ibang user, ng mga supply group at ng kanilang mga key.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="82"/>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="83"/>
        <source>&amp;Full name</source>
        <translation>&amp;Buong pangalan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="84"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="85"/>
        <source>&amp;Repeat password</source>
        <translation>&amp;Ulitin ang password</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="91"/>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Hindi magkapareho ang dalawang password. I-type muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="94"/>
        <source>Choose a password of at least 8 characters.</source>
        <translation>Pumili ng password na may hindi bababa sa 8 karakter.</translation>
    </message>
</context>
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="57"/>
        <source>Users</source>
        <translation>Mga user</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="58"/>
        <source>Supply groups and keys</source>
        <translation>Mga supply group at key</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="59"/>
        <source>Tariffs</source>
        <translation>Mga taripa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="60"/>
        <source>Printer and devices</source>
        <translation>Printer at mga device</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="61"/>
        <source>Backup and restore</source>
        <translation>Backup at pagbalik</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="62"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="83"/>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="306"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="83"/>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="113"/>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="158"/>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="83"/>
        <source>Role</source>
        <translation>Tungkulin</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="83"/>
        <source>Active</source>
        <translation>Aktibo</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="84"/>
        <source>Locked until</source>
        <translation>Naka-lock hanggang</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="87"/>
        <source>user name</source>
        <translation>user name</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="88"/>
        <source>full name</source>
        <translation>buong pangalan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="90"/>
        <source>cashier</source>
        <translation>kahera</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="90"/>
        <source>technician</source>
        <translation>tekniko</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="91"/>
        <source>supervisor</source>
        <translation>superbisor</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="91"/>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="93"/>
        <source>first password</source>
        <translation>unang password</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="95"/>
        <source>Add user</source>
        <translation>Magdagdag ng user</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="113"/>
        <source>SGC</source>
        <translation>SGC</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="113"/>
        <source>Key revision</source>
        <translation>Rebisyon ng key</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="113"/>
        <source>DKGA</source>
        <translation>DKGA</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="114"/>
        <source>Algorithm</source>
        <translation>Algorithm</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="114"/>
        <source>Base date</source>
        <translation>Base date</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="114"/>
        <source>Key type</source>
        <translation>Uri ng key</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="115"/>
        <source>Key expiry (KEN)</source>
        <translation>Pag-expire ng key (KEN)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="121"/>
        <source>name</source>
        <translation>pangalan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="132"/>
        <source>Supply group</source>
        <translation>Supply group</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="135"/>
        <source>vending key in hex: typed once, stored encrypted, never shown</source>
        <translation>vending key sa hex: isang beses lang i-type, naka-encrypt na itatago, hindi na ipapakita</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="136"/>
        <source>Store key</source>
        <translation>I-save ang key</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="141"/>
        <source>Vending key</source>
        <translation>Vending key</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="158"/>
        <source>TI</source>
        <translation>TI</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="158"/>
        <source>Blocks</source>
        <translation>Mga bloke</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="158"/>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="159"/>
        <source>Fixed monthly charge</source>
        <translation>Buwanang singil</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="159"/>
        <source>Minimum</source>
        <translation>Pinakamababa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="159"/>
        <source>Maximum</source>
        <translation>Pinakamataas</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="160"/>
        <source>Free units</source>
        <translation>Libreng unit</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="164"/>
        <source>New tariff…</source>
        <translation>Bagong taripa…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="166"/>
        <source>Edit tariff…</source>
        <translation>Baguhin ang taripa…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="170"/>
        <source>Changes apply to quotes and sales from the moment they are saved.</source>
        <translation>Magagamit ang mga pagbabago sa quote at benta sa sandaling ma-save ang mga ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="182"/>
        <source>Select the tariff to edit in the list first.</source>
        <translation>Piliin muna sa listahan ang taripang babaguhin.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="189"/>
        <source>There is no tariff with index {0:02d}.</source>
        <translation>Walang taripa na may index na {0:02d}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="213"/>
        <source>blank: PDF files; system (default printer), system:NAME, serial:/dev/ttyUSB0, usb:04b8:0202, network:HOST:9100</source>
        <translation>blangko: mga PDF file; system (default na printer), system:PANGALAN, serial:/dev/ttyUSB0, usb:04b8:0202, network:HOST:9100</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="221"/>
        <source>blank: SMS wait in the outbox</source>
        <translation>blangko: maghihintay ang SMS sa outbox</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="223"/>
        <source>blank: the first reader with a card</source>
        <translation>blangko: ang unang reader na may card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="224"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="226"/>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="228"/>
        <source>Test print</source>
        <translation>Subukang mag-print</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="234"/>
        <source>Receipt printer</source>
        <translation>Printer ng resibo</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="235"/>
        <source>Receipt width</source>
        <translation>Lapad ng resibo</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="236"/>
        <source>Meter serial port</source>
        <translation>Serial port ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="237"/>
        <source>GSM modem port (SMS)</source>
        <translation>Port ng GSM modem (SMS)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="238"/>
        <source>Card reader</source>
        <translation>Card reader</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="239"/>
        <source>Lock after idle</source>
        <translation>I-lock kapag walang galaw</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="257"/>
        <source>Device settings saved.</source>
        <translation>Na-save ang mga setting ng device.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="263"/>
        <source>Test receipt sent to {0}.</source>
        <translation>Naipadala ang test na resibo sa {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="270"/>
        <source>A backup is also made automatically at the first sign-in of each day (the last 14 are kept).</source>
        <translation>Awtomatikong gumagawa rin ng backup sa unang pag-sign in bawat araw (itinatago ang huling 14).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="273"/>
        <source>Back up now…</source>
        <translation>Mag-backup ngayon…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="275"/>
        <source>Restore from a backup…</source>
        <translation>Ibalik mula sa backup…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="289"/>
        <source>Back up the office</source>
        <translation>I-backup ang tanggapan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="297"/>
        <source>Restore the office from a backup</source>
        <translation>Ibalik ang tanggapan mula sa backup</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="306"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="306"/>
        <source>When (UTC)</source>
        <translation>Kailan (UTC)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="306"/>
        <source>Action</source>
        <translation>Ginawa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="307"/>
        <source>Detail</source>
        <translation>Detalye</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="310"/>
        <source>Verify the audit chain</source>
        <translation>Suriin ang audit chain</translation>
    </message>
</context>
<context>
    <name>CardsScreen</name>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="72"/>
        <source>The card reader support is missing.</source>
        <translation>Wala ang suporta para sa card reader.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="78"/>
        <source>Card reader</source>
        <translation>Card reader</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="80"/>
        <source>Looking for card readers…</source>
        <translation>Naghahanap ng card reader…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="84"/>
        <source>Read card</source>
        <translation>Basahin ang card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="91"/>
        <source>Issue a card</source>
        <translation>Maglabas ng card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="93"/>
        <source>meter number</source>
        <translation>numero ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="57"/>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="95"/>
        <source>customer card</source>
        <translation>card ng customer</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="32"/>
        <source>Card kind</source>
        <translation>Uri ng card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="32"/>
        <source>Card serial</source>
        <translation>Serial ng card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="33"/>
        <source>Meter number</source>
        <translation>Numero ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="34"/>
        <source>Customer account</source>
        <translation>Account ng customer</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="35"/>
        <source>Supply group code (SGC)</source>
        <translation>Supply group code (SGC)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="36"/>
        <source>Tariff index (TI)</source>
        <translation>Tariff index (TI)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="37"/>
        <source>Key revision (KRN)</source>
        <translation>Rebisyon ng key (KRN)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="38"/>
        <source>Replaces card</source>
        <translation>Pumapalit sa card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="39"/>
        <source>Card type</source>
        <translation>Uri ng card (media)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="40"/>
        <source>PSC tries left</source>
        <translation>Natitirang subok sa PSC</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="41"/>
        <source>Last write complete</source>
        <translation>Kumpleto ang huling pagsulat</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="42"/>
        <source>Loaded into the meter</source>
        <translation>Naipasok na sa metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="43"/>
        <source>Purchase on the card</source>
        <translation>Binili na nasa card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="44"/>
        <source>Purchase number</source>
        <translation>Bilang ng pagbili</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="45"/>
        <source>Written</source>
        <translation>Isinulat noong</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="46"/>
        <source>Tokens</source>
        <translation>Mga token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="47"/>
        <source>Meter&apos;s write-back</source>
        <translation>Isinulat pabalik ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="48"/>
        <source>Purchases accepted by the meter</source>
        <translation>Mga pagbiling tinanggap ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="49"/>
        <source>Credit left in the meter</source>
        <translation>Natitirang kredito sa metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="50"/>
        <source>Energy used</source>
        <translation>Nagamit na enerhiya</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="51"/>
        <source>Tamper</source>
        <translation>Tamper</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="52"/>
        <source>Meter time</source>
        <translation>Oras ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="53"/>
        <source>Last token result</source>
        <translation>Resulta ng huling token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="54"/>
        <source>Write-back recorded</source>
        <translation>Naitala ang write-back</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="58"/>
        <source>replacement card</source>
        <translation>kapalit na card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="59"/>
        <source>technician card</source>
        <translation>card ng tekniko</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="95"/>
        <source>replacement card (blocks the old one)</source>
        <translation>kapalit na card (haharangin ang luma)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="96"/>
        <source>technician card (engineering job)</source>
        <translation>card ng tekniko (engineering job)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="99"/>
        <source>no job</source>
        <translation>walang job</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="100"/>
        <source>Issue card</source>
        <translation>Ilabas ang card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="102"/>
        <source>Meter</source>
        <translation>Metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="103"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="104"/>
        <source>Engineering job</source>
        <translation>Engineering job</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="107"/>
        <source>Write sale onto card again</source>
        <translation>Isulat muli ang benta sa card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="110"/>
        <source>A supervisor rewrites a sale on a lost, damaged or replacement card.</source>
        <translation>Isinusulat muli ng superbisor ang benta sa nawala, nasira o kapalit na card.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="111"/>
        <source>Sale number</source>
        <translation>Numero ng benta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="114"/>
        <source>Card contents</source>
        <translation>Laman ng card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="117"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="117"/>
        <source>Value</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="159"/>
        <source>yes</source>
        <translation>oo</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="159"/>
        <source>no</source>
        <translation>hindi</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="27"/>
        <source>Welcome to sts-pos</source>
        <translation>Maligayang pagdating sa sts-pos</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="28"/>
        <source>There is no office in this database yet. What would you like to do?</source>
        <translation>Wala pang tanggapan sa database na ito. Ano ang gusto mong gawin?</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="30"/>
        <source>&amp;Create a new vending office</source>
        <translation>&amp;Gumawa ng bagong tanggapan ng bentahan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="32"/>
        <source>Open the &amp;demo office (for training; sample customers and keys)</source>
        <translation>Buksan ang &amp;demo na tanggapan (para sa pagsasanay; halimbawang customer at key)</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../src/sts_pos/gui/dialogs.py" line="15"/>
        <source>Edit customer</source>
        <translation>Baguhin ang customer</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/dialogs.py" line="15"/>
        <source>New customer</source>
        <translation>Bagong customer</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/dialogs.py" line="21"/>
        <source>Indigent: gets free basic electricity each month</source>
        <translation>Indigent: may libreng batayang kuryente bawat buwan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/dialogs.py" line="23"/>
        <source>Account number</source>
        <translation>Numero ng account</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/dialogs.py" line="24"/>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/dialogs.py" line="25"/>
        <source>Address</source>
        <translation>Tirahan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/dialogs.py" line="26"/>
        <source>Phone</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/dialogs.py" line="29"/>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/dialogs.py" line="30"/>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="43"/>
        <source>issued</source>
        <translation>naibigay</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="44"/>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="45"/>
        <source>voided</source>
        <translation>napawalang-bisa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="46"/>
        <source>pending</source>
        <translation>nakabinbin</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="69"/>
        <source>Meter number, name, account, phone or address</source>
        <translation>Numero ng metro, pangalan, account, telepono o tirahan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="71"/>
        <source>Find</source>
        <translation>Hanapin</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="76"/>
        <source>New customer…</source>
        <translation>Bagong customer…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="78"/>
        <source>Edit customer…</source>
        <translation>Baguhin ang customer…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="80"/>
        <source>Move meter…</source>
        <translation>Ilipat ang metro…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="87"/>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="95"/>
        <source>Meter</source>
        <translation>Metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="87"/>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="95"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="87"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="87"/>
        <source>Phone</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="88"/>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="88"/>
        <source>Tariff</source>
        <translation>Taripa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="88"/>
        <source>Address</source>
        <translation>Tirahan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="91"/>
        <source>Meter details and sales</source>
        <translation>Detalye ng metro at mga benta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="96"/>
        <source>Supply group / key</source>
        <translation>Supply group / key</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="96"/>
        <source>Debt</source>
        <translation>Utang</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="97"/>
        <source>Card serial</source>
        <translation>Serial ng card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="103"/>
        <source>Date</source>
        <translation>Petsa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="103"/>
        <source>Receipt</source>
        <translation>Resibo</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="103"/>
        <source>Amount</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="103"/>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="104"/>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="104"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="106"/>
        <source>Read at (UTC)</source>
        <translation>Binasa noong (UTC)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="106"/>
        <source>Credit left</source>
        <translation>Natitirang kredito</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="106"/>
        <source>Energy used</source>
        <translation>Nagamit na enerhiya</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="107"/>
        <source>Purchases loaded</source>
        <translation>Mga naipasok na pagbili</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="107"/>
        <source>Tamper</source>
        <translation>Tamper</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="107"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="109"/>
        <source>Sales</source>
        <translation>Mga benta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="110"/>
        <source>Card readings</source>
        <translation>Mga pagbasa mula sa card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="113"/>
        <source>Reprint</source>
        <translation>I-print muli</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="115"/>
        <source>Void sale…</source>
        <translation>Ipawalang-bisa ang benta…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="118"/>
        <source>Only a supervisor may void a sale.</source>
        <translation>Superbisor lamang ang maaaring magpawalang-bisa ng benta.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="142"/>
        <source>IC card</source>
        <translation>IC card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="142"/>
        <source>keypad</source>
        <translation>keypad</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="195"/>
        <source>Choose the sale to reprint in the list first.</source>
        <translation>Piliin muna sa listahan ang bentang ipi-print muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="199"/>
        <source>Copy of the receipt sent to {0}.</source>
        <translation>Naipadala ang kopya ng resibo sa {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="205"/>
        <source>Choose the sale to void in the list first.</source>
        <translation>Piliin muna sa listahan ang bentang ipapawalang-bisa.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="208"/>
        <source>Void sale</source>
        <translation>Ipawalang-bisa ang benta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="209"/>
        <source>The token was already given and cannot be taken back: the void records a write-off.
Reason for voiding receipt {0}:</source>
        <translation>Naibigay na ang token at hindi na ito mababawi: itatala ang pagpapawalang-bisa bilang write-off.
Dahilan ng pagpapawalang-bisa sa resibo {0}:</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="214"/>
        <source>A void needs a reason.</source>
        <translation>Kailangan ng dahilan ang pagpapawalang-bisa.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="218"/>
        <source>Sale voided.</source>
        <translation>Napawalang-bisa ang benta.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="230"/>
        <source>Customer {0} added.</source>
        <translation>Naidagdag ang customer {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="236"/>
        <source>Choose a meter with a customer in the list first.</source>
        <translation>Pumili muna sa listahan ng metro na may customer.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="249"/>
        <source>Choose the meter to move in the list first.</source>
        <translation>Piliin muna sa listahan ang metrong ililipat.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="252"/>
        <source>Move meter</source>
        <translation>Ilipat ang metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="253"/>
        <source>Move meter {0} to the customer with account number:</source>
        <translation>Ilipat ang metro {0} sa customer na may numero ng account na:</translation>
    </message>
</context>
<context>
    <name>EngineeringScreen</name>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="18"/>
        <source>Clear credit</source>
        <translation>Burahin ang kredito</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="19"/>
        <source>Clear tamper</source>
        <translation>Burahin ang tamper</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="20"/>
        <source>Set maximum power</source>
        <translation>Itakda ang pinakamataas na power</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="21"/>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="23"/>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="67"/>
        <source>Watts</source>
        <translation>Watts</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="22"/>
        <source>Set phase unbalance limit</source>
        <translation>Itakda ang limit ng phase unbalance</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="24"/>
        <source>Test / display (all tests)</source>
        <translation>Test / display (lahat ng test)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="25"/>
        <source>Key change (the meter&apos;s pending change)</source>
        <translation>Pagpalit ng key (ang nakabinbing pagbabago ng metro)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="26"/>
        <source>TID rollover to base date 2014 (this meter)</source>
        <translation>TID rollover sa base date 2014 (ang metrong ito)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="39"/>
        <source>Engineering tokens need the vending services.</source>
        <translation>Kailangan ng serbisyo ng bentahan para sa mga engineering token.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="50"/>
        <source>Tokens issued</source>
        <translation>Mga nagawang token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="59"/>
        <source>Management and test tokens</source>
        <translation>Mga management at test token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="62"/>
        <source>11- or 13-digit meter number</source>
        <translation>numero ng metro na may 11 o 13 digit</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="69"/>
        <source>Why (work order, complaint…) — required</source>
        <translation>Bakit (work order, reklamo…) — kailangan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="70"/>
        <source>Issue token</source>
        <translation>Gumawa ng token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="74"/>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="144"/>
        <source>Meter</source>
        <translation>Metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="75"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="77"/>
        <source>Reason</source>
        <translation>Dahilan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="84"/>
        <source>What is this token?</source>
        <translation>Anong token ito?</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="88"/>
        <source>Meter number</source>
        <translation>Numero ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="90"/>
        <source>20-digit token, spaces allowed</source>
        <translation>token na may 20 digit, puwede ang espasyo</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="92"/>
        <source>Decode</source>
        <translation>Basahin</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="105"/>
        <source>Key change and TID rollover</source>
        <translation>Pagpalit ng key at TID rollover</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="107"/>
        <source>Meters on base date 1993 stopped accepting new credit on 2024-11-24. The rollover moves a meter (or every meter of a supply group) to base date 2014 with key change tokens, which are also given automatically before the next credit token.</source>
        <translation>Hindi na tumatanggap ng bagong kredito ang mga metrong nasa base date 1993 mula 2024-11-24. Inililipat ng rollover ang isang metro (o lahat ng metro ng isang supply group) sa base date 2014 gamit ang mga key change token, na awtomatiko ring ibinibigay bago ang susunod na credit token.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="116"/>
        <source>Roll over the supply group…</source>
        <translation>I-rollover ang supply group…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="122"/>
        <source>Supply group</source>
        <translation>Supply group</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="124"/>
        <source>One meter: the key change tokens come with its next purchase.</source>
        <translation>Isang metro: kasama ng susunod nitong pagbili ang mga key change token.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="131"/>
        <source>meter number</source>
        <translation>numero ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="132"/>
        <source>new SGC</source>
        <translation>bagong SGC</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="135"/>
        <source>Set pending key change</source>
        <translation>Itakda ang nakabinbing pagpalit ng key</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="145"/>
        <source>New key</source>
        <translation>Bagong key</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="168"/>
        <source>Type the meter number and the reason for this token.</source>
        <translation>I-type ang numero ng metro at ang dahilan ng token na ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="194"/>
        <source>Making key change tokens…</source>
        <translation>Gumagawa ng mga key change token…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="194"/>
        <source>Stop</source>
        <translation>Itigil</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="200"/>
        <source>{0} meters of supply group {1} were moved to base date 2014. Their key change tokens are in {2}, ready to print for the field technicians.</source>
        <translation>Nailipat sa base date 2014 ang {0} metro ng supply group {1}. Nasa {2} ang kanilang mga key change token, handa nang i-print para sa mga tekniko sa field.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="132"/>
        <source>sts-pos: first run</source>
        <translation>sts-pos: unang pagbukas</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="150"/>
        <source>The demo office is ready. Its users and passwords:

{0}

Vault passphrase: {1}</source>
        <translation>Handa na ang demo na tanggapan. Ang mga user at password nito:

{0}

Passphrase ng vault: {1}</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../src/sts_pos/gui/login.py" line="39"/>
        <location filename="../../ui/login.ui" line="19"/>
        <source>Vending office</source>
        <translation>Tanggapan ng bentahan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/login.py" line="41"/>
        <source>Locked after a period without activity. Sign in to continue.</source>
        <translation>Naka-lock dahil walang aktibidad nang ilang sandali. Mag-sign in para magpatuloy.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/login.py" line="44"/>
        <location filename="../../ui/login.ui" line="20"/>
        <source>Sign in to start selling electricity</source>
        <translation>Mag-sign in para magsimulang magbenta ng kuryente</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/login.py" line="53"/>
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
        <location filename="../../src/sts_pos/gui/main_window.py" line="111"/>
        <source>&amp;Office</source>
        <translation>&amp;Tanggapan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="112"/>
        <source>&amp;Lock</source>
        <translation>I-&amp;lock</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="114"/>
        <source>&amp;Unlock the key vault…</source>
        <translation>&amp;Buksan ang key vault…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="116"/>
        <source>&amp;Sign out</source>
        <translation>Mag-&amp;sign out</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="118"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lumabas</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="124"/>
        <source>&amp;Help</source>
        <translation>&amp;Tulong</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="125"/>
        <source>&amp;About sts-pos</source>
        <translation>&amp;Tungkol sa sts-pos</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="133"/>
        <source>Unlock vault</source>
        <translation>Buksan ang vault</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="231"/>
        <source>shift {0}</source>
        <translation>shift {0}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="231"/>
        <source>no shift open</source>
        <translation>walang bukas na shift</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="236"/>
        <source>cashier</source>
        <translation>kahera</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="236"/>
        <source>technician</source>
        <translation>tekniko</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="237"/>
        <source>supervisor</source>
        <translation>superbisor</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="237"/>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="242"/>
        <source>Key vault unlocked</source>
        <translation>Bukas ang key vault</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="242"/>
        <source>Key vault locked</source>
        <translation>Naka-lock ang key vault</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="260"/>
        <source>Unlock the key vault</source>
        <translation>Buksan ang key vault</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="261"/>
        <source>The vending keys are locked. A supervisor types the office vault passphrase:</source>
        <translation>Naka-lock ang mga vending key. I-type ng superbisor ang passphrase ng vault ng tanggapan:</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="267"/>
        <source>Key vault unlocked for this session.</source>
        <translation>Bukas ang key vault para sa sesyong ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="271"/>
        <source>About sts-pos</source>
        <translation>Tungkol sa sts-pos</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="272"/>
        <source>&lt;b&gt;sts-pos {0}&lt;/b&gt;&lt;br&gt;Prepaid electricity vending: STS tokens (IEC 62055-41) and IC customer cards.</source>
        <translation>&lt;b&gt;sts-pos {0}&lt;/b&gt;&lt;br&gt;Bentahan ng prepaid na kuryente: mga STS token (IEC 62055-41) at IC card ng customer.</translation>
    </message>
</context>
<context>
    <name>MeterTestScreen</name>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="20"/>
        <source>DL/T 645-2007 (RS-485)</source>
        <translation>DL/T 645-2007 (RS-485)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="21"/>
        <source>IEC 62056-21 mode C (optical)</source>
        <translation>IEC 62056-21 mode C (optical)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="26"/>
        <source>The token was accepted and applied.</source>
        <translation>Tinanggap at nailapat ang token.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="27"/>
        <source>The test/display token was accepted; the meter runs the requested test or display.</source>
        <translation>Tinanggap ang test/display token; gagawin ng metro ang hiniling na test o display.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="29"/>
        <source>The first key change token was accepted. Enter the next key change token(s) from the same receipt, then the credit token.</source>
        <translation>Tinanggap ang unang key change token. Ilagay ang susunod na key change token mula sa parehong resibo, saka ang credit token.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="31"/>
        <source>The key change is complete: the meter now uses its new key. Enter the credit token that came with it.</source>
        <translation>Kumpleto na ang pagpalit ng key: ginagamit na ng metro ang bago nitong key. Ilagay ang credit token na kasama nito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="33"/>
        <source>This token was already entered in this meter. Each token works once; no credit was added. If the customer did not get the credit, check the meter&apos;s credit display.</source>
        <translation>Naipasok na ang token na ito sa metrong ito. Isang beses lang gumagana ang bawat token; walang naidagdag na kredito. Kung hindi natanggap ng customer ang kredito, tingnan ang display ng kredito ng metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="36"/>
        <source>This token is older than the tokens the meter remembers and was refused. Issue a new token; never reuse an old one.</source>
        <translation>Mas luma ang token na ito kaysa sa mga token na naaalala ng metro kaya tinanggihan ito. Gumawa ng bagong token; huwag nang gamitin muli ang luma.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="38"/>
        <source>The meter&apos;s key has expired (key expiry number reached). The meter needs a key change before it can take credit.</source>
        <translation>Expired na ang key ng metro (naabot na ang key expiry number). Kailangan ng metro ng pagpalit ng key bago ito makatanggap ng kredito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="40"/>
        <source>The token does not fit this meter: a digit was mistyped, or it was made for another meter or an old key. Check the meter number on the receipt and re-enter.</source>
        <translation>Hindi para sa metrong ito ang token: may maling na-type na digit, o ginawa ito para sa ibang metro o lumang key. Suriin ang numero ng metro sa resibo at ilagay muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="43"/>
        <source>A token has exactly 20 digits. Clear the display and type it again.</source>
        <translation>Eksaktong 20 digit ang isang token. Burahin ang display at i-type itong muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="45"/>
        <source>The meter&apos;s credit register cannot hold this much credit. Let the customer use some credit first, or vend a smaller amount.</source>
        <translation>Hindi kaya ng credit register ng metro ang ganito karaming kredito. Hayaang gamitin muna ng customer ang ilang kredito, o magbenta ng mas maliit na halaga.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="47"/>
        <source>This token is for a different kind of meter (water, gas, time or currency); this electricity meter refused it.</source>
        <translation>Para sa ibang uri ng metro ang token na ito (tubig, gas, oras o pera); tinanggihan ito ng metrong ito ng kuryente.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="80"/>
        <source>The serial meter link is missing.</source>
        <translation>Wala ang koneksyon sa serial na metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="86"/>
        <source>Connection</source>
        <translation>Koneksyon</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="91"/>
        <source>/dev/ttyUSB0, COM3 or socket://host:port</source>
        <translation>/dev/ttyUSB0, COM3 o socket://host:port</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="96"/>
        <source>blank: the meter on the line</source>
        <translation>blangko: ang metrong nasa linya</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="97"/>
        <source>Connect and read registers</source>
        <translation>Kumonekta at basahin ang mga rehistro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="100"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="101"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="102"/>
        <source>Meter address</source>
        <translation>Address ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="106"/>
        <source>Send a token</source>
        <translation>Magpadala ng token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="110"/>
        <source>20-digit token</source>
        <translation>token na may 20 digit</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="111"/>
        <source>Send token</source>
        <translation>Ipadala ang token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="113"/>
        <source>Send test token</source>
        <translation>Ipadala ang test token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="120"/>
        <source>The meter&apos;s answer appears here.</source>
        <translation>Lalabas dito ang sagot ng metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="126"/>
        <source>Registers</source>
        <translation>Mga rehistro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="129"/>
        <source>Register</source>
        <translation>Rehistro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="129"/>
        <source>Value</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="140"/>
        <source>Choose or type the serial port the meter is connected to.</source>
        <translation>Piliin o i-type ang serial port na kinakabitan ng metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="161"/>
        <source>yes</source>
        <translation>oo</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="161"/>
        <source>no</source>
        <translation>hindi</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="163"/>
        <source>Meter number</source>
        <translation>Numero ng metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="163"/>
        <source>Address</source>
        <translation>Address ng metro (bus)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="164"/>
        <source>Manufacturer</source>
        <translation>Gumawa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="165"/>
        <source>Energy used</source>
        <translation>Nagamit na enerhiya</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="166"/>
        <source>Remaining credit</source>
        <translation>Natitirang kredito</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="167"/>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="167"/>
        <source>closed (power on)</source>
        <translation>sarado (may kuryente)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="167"/>
        <source>open (power off)</source>
        <translation>bukas (walang kuryente)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="168"/>
        <source>Tamper</source>
        <translation>Tamper</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="169"/>
        <source>Supply group / tariff / key revision</source>
        <translation>Supply group / taripa / rebisyon ng key</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="170"/>
        <source>Key type / expiry / base date</source>
        <translation>Uri ng key / expiry / base date</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="171"/>
        <source>Last token</source>
        <translation>Huling token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="178"/>
        <source>Accepted</source>
        <translation>Tinanggap</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="178"/>
        <source>Not accepted</source>
        <translation>Hindi tinanggap</translation>
    </message>
</context>
<context>
    <name>NotAvailable</name>
    <message>
        <location filename="../../src/sts_pos/gui/widgets.py" line="93"/>
        <source>{0} is not available in this build.</source>
        <translation>Wala pa ang {0} sa bersyong ito.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="46"/>
        <source>The office</source>
        <translation>Ang tanggapan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="47"/>
        <source>Printed on every receipt and report. Money is counted in the currency below.</source>
        <translation>Nakalimbag sa bawat resibo at ulat. Ang pera ay binibilang sa currency sa ibaba.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="54"/>
        <source>Office &amp;name</source>
        <translation>&amp;Pangalan ng tanggapan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="55"/>
        <source>&amp;VAT number</source>
        <translation>&amp;VAT number (TIN)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="56"/>
        <source>Currency &amp;code (ISO, e.g. PHP)</source>
        <translation>&amp;Code ng currency (ISO, hal. PHP)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="57"/>
        <source>Currency &amp;symbol</source>
        <translation>&amp;Simbolo ng currency</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="58"/>
        <source>&amp;Decimals</source>
        <translation>&amp;Desimal</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="65"/>
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
        <location filename="../../src/sts_pos/gui/office_sales.py" line="114"/>
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
        <location filename="../../src/sts_pos/gui/office.py" line="91"/>
        <source>{0} is not available in this build of sts-pos.</source>
        <translation>Wala ang {0} sa bersyong ito ng sts-pos.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="95"/>
        <source>PDF files</source>
        <translation>Mga PDF file</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="96"/>
        <source>outbox only</source>
        <translation>sa outbox lamang</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="97"/>
        <source>Receipts: {0} · SMS: {1}</source>
        <translation>Resibo: {0} · SMS: {1}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="103"/>
        <source>The vending office</source>
        <translation>Ang tanggapan ng bentahan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="136"/>
        <source>Sign in first.</source>
        <translation>Mag-sign in muna.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="192"/>
        <source>The demo office could not be created.</source>
        <translation>Hindi nagawa ang demo na tanggapan.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="209"/>
        <source>This database already holds an office.</source>
        <translation>May tanggapan na sa database na ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="51"/>
        <source>Key change pending: the customer gets key change tokens to enter before the credit token.</source>
        <translation>May nakabinbing pagpalit ng key: makakatanggap ang customer ng mga key change token na ilalagay bago ang credit token.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="54"/>
        <source>Meter on base date 1993: it needs the TID-rollover key change (given with the next purchase).</source>
        <translation>Nasa base date 1993 ang metro: kailangan nito ang TID-rollover na pagpalit ng key (ibibigay kasama ng susunod na pagbili).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="57"/>
        <source>No customer account is linked to this meter; it cannot be vended.</source>
        <translation>Walang account ng customer na naka-link sa metrong ito; hindi ito mabebentahan.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="59"/>
        <source>The meter&apos;s tariff index has no tariff; a supervisor must set it up.</source>
        <translation>Walang taripa ang tariff index ng metro; kailangan itong i-set up ng superbisor.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="86"/>
        <source>There is no customer with account {0}.</source>
        <translation>Walang customer na may account na {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="99"/>
        <source>Tendered</source>
        <translation>Ibinayad</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="100"/>
        <source>Fixed monthly charge</source>
        <translation>Buwanang singil</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="100"/>
        <source>Debt recovery</source>
        <translation>Pagbawi ng utang</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="104"/>
        <source>debt left {0}</source>
        <translation>natitirang utang {0}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="107"/>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="110"/>
        <source>Block {0}</source>
        <translation>Bloke {0}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="110"/>
        <source>{0} kWh at {1}/kWh</source>
        <translation>{0} kWh sa {1}/kWh</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="112"/>
        <source>Energy</source>
        <translation>Enerhiya</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="112"/>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="114"/>
        <source>{0} kWh</source>
        <translation>{0} kWh</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="116"/>
        <source>Change</source>
        <translation>Sukli</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="116"/>
        <source>back to the customer</source>
        <translation>ibabalik sa customer</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="211"/>
        <source>There is no sale yet to print as a test.</source>
        <translation>Wala pang bentang maipi-print bilang test.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="228"/>
        <source>This customer has no phone number; add one in Customers &amp; meters.</source>
        <translation>Walang numero ng telepono ang customer na ito; magdagdag sa Mga customer at metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="235"/>
        <source>queued for {0}; it is sent when a GSM modem is set up</source>
        <translation>nakapila para sa {0}; ipapadala ito kapag may naka-set up na GSM modem</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="239"/>
        <source>sent to {0} ({1})</source>
        <translation>naipadala sa {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="38"/>
        <source>No card reader is connected. Plug in the reader.</source>
        <translation>Walang nakakonektang card reader. Isaksak ang reader.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="39"/>
        <source>{0}: card inserted</source>
        <translation>{0}: may card na nakapasok</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="40"/>
        <source>{0}: no card</source>
        <translation>{0}: walang card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="132"/>
        <source>No shift is open; the X report is of the open shift.</source>
        <translation>Walang bukas na shift; ang X report ay para sa bukas na shift.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="138"/>
        <source>The Z report is taken when a shift is closed; close your shift first.</source>
        <translation>Kinukuha ang Z report kapag sarado na ang shift; isara muna ang iyong shift.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="165"/>
        <source>Meter {0} gets key change tokens to SGC {1}, KRN {2}, TI {3:02d} with its next purchase (or as an engineering key change).</source>
        <translation>Makakatanggap ang metro {0} ng mga key change token papuntang SGC {1}, KRN {2}, TI {3:02d} sa susunod nitong pagbili (o bilang engineering na pagpalit ng key).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="183"/>
        <source>TID rollover of supply group {0}</source>
        <translation>TID rollover ng supply group {0}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="185"/>
        <source>No meter of supply group {0} is still on base date 1993.</source>
        <translation>Wala nang metro ng supply group {0} ang nasa base date 1993.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="218"/>
        <source>Token {0}</source>
        <translation>Token {0}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="219"/>
        <source>Meter {0}, SGC {1}, KRN {2}, TI {3:02d}, base date {4}</source>
        <translation>Metro {0}, SGC {1}, KRN {2}, TI {3:02d}, base date {4}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="221"/>
        <source>Kind: {0} (class {1}, subclass {2})</source>
        <translation>Uri: {0} (class {1}, subclass {2})</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="225"/>
        <source>Issued: {0} office time (TID {1})</source>
        <translation>Ginawa: {0} oras ng tanggapan (TID {1})</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="229"/>
        <source>Amount: {0} kWh</source>
        <translation>Halaga: {0} kWh</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="232"/>
        <source>Issued by this office ({0}).</source>
        <translation>Ginawa ng tanggapang ito ({0}).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="233"/>
        <source>sale {0}</source>
        <translation>benta {0}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="233"/>
        <source>engineering job {0}</source>
        <translation>engineering job {0}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="235"/>
        <source>This token is not for meter {0} with its current key: a digit may be mistyped, or it was made for another meter or key.</source>
        <translation>Hindi para sa metro {0} na may kasalukuyang key ang token na ito: maaaring may maling na-type na digit, o ginawa ito para sa ibang metro o key.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="316"/>
        <source>The office was restored from {0} (schema {1}). A supervisor unlocks the key vault again before selling.</source>
        <translation>Naibalik ang tanggapan mula sa {0} (schema {1}). Bubuksan muli ng superbisor ang key vault bago magbenta.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="72"/>
        <location filename="../../src/sts_pos/gui/office_back.py" line="241"/>
        <source>yes</source>
        <translation>oo</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="20"/>
        <source>Sales by day</source>
        <translation>Benta ayon sa araw</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="20"/>
        <source>Sales by month</source>
        <translation>Benta ayon sa buwan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="21"/>
        <source>Sales by cashier</source>
        <translation>Benta ayon sa kahera</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="21"/>
        <source>Sales by tariff</source>
        <translation>Benta ayon sa taripa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="22"/>
        <source>Sales by supply group</source>
        <translation>Benta ayon sa supply group</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="23"/>
        <source>Free basic electricity issued</source>
        <translation>Naibigay na libreng batayang kuryente</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="24"/>
        <source>Debt recovered and outstanding</source>
        <translation>Nabawi at natitirang utang</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="25"/>
        <source>Engineering and key change tokens</source>
        <translation>Mga engineering at key change token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="26"/>
        <source>Meters not vended for N days</source>
        <translation>Mga metrong hindi nabentahan sa loob ng N araw</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="27"/>
        <source>Consumption and remaining credit (card write-backs)</source>
        <translation>Konsumo at natitirang kredito (mula sa card)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="72"/>
        <location filename="../../src/sts_pos/gui/office_back.py" line="241"/>
        <source>no</source>
        <translation>hindi</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="265"/>
        <source>every kWh</source>
        <translation>bawat kWh</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="295"/>
        <source>Tariff {0:02d} {1} saved; quotes use it from now on.</source>
        <translation>Na-save ang taripa {0:02d} {1}; gagamitin na ito ng mga quote mula ngayon.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="306"/>
        <source>The audit log is intact: {0} entries checked.</source>
        <translation>Buo ang audit log: {0} entry ang nasuri.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="307"/>
        <source>The audit log is broken at entry {0}: {1}.</source>
        <translation>Sira ang audit log sa entry {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="311"/>
        <source>Backup written to {0} ({1} bytes, checked).</source>
        <translation>Naisulat ang backup sa {0} ({1} bytes, nasuri).</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="23"/>
        <source>Sales per day</source>
        <translation>Benta bawat araw</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="24"/>
        <source>Sales per month</source>
        <translation>Benta bawat buwan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="25"/>
        <source>Units per tariff</source>
        <translation>Unit ayon sa taripa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="26"/>
        <source>Cashier comparison</source>
        <translation>Paghahambing ng mga kahera</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="50"/>
        <source>My shift</source>
        <translation>Ang aking shift</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="52"/>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="81"/>
        <source>No shift open.</source>
        <translation>Walang bukas na shift.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="56"/>
        <source>Open shift…</source>
        <translation>Buksan ang shift…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="57"/>
        <source>Close shift…</source>
        <translation>Isara ang shift…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="58"/>
        <source>X report</source>
        <translation>X report</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="59"/>
        <source>Z report</source>
        <translation>Z report</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="83"/>
        <source>1 sale</source>
        <translation>1 benta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="84"/>
        <source>{0} sales</source>
        <translation>{0} benta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="85"/>
        <source>Shift {0}, opened {1} with a float of {2}.
{3}, {4} taken, {5}.</source>
        <translation>Shift {0}, binuksan {1} na may panimulang pera na {2}.
{3}, {4} natanggap, {5}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="94"/>
        <source>Open shift</source>
        <translation>Buksan ang shift</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="94"/>
        <source>Opening cash float:</source>
        <translation>Panimulang pera sa kaha:</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="107"/>
        <source>Close shift</source>
        <translation>Isara ang shift</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="107"/>
        <source>Cash counted in the drawer:</source>
        <translation>Perang nabilang sa kaha:</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="118"/>
        <source>Shift closed. Expected {0}, counted {1}, variance {2}.</source>
        <translation>Sarado na ang shift. Inaasahan {0}, nabilang {1}, diperensya {2}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="128"/>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="169"/>
        <source>Report saved as {0}.</source>
        <translation>Na-save ang ulat bilang {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="133"/>
        <source>Sales reports</source>
        <translation>Mga ulat ng benta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="140"/>
        <source>Export…</source>
        <translation>I-export…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="144"/>
        <source>Report</source>
        <translation>Ulat</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="145"/>
        <source>From</source>
        <translation>Mula</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="146"/>
        <source>To</source>
        <translation>Hanggang</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="147"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="153"/>
        <source>Sales reports are not available in this build.</source>
        <translation>Wala ang mga ulat ng benta sa bersyong ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="162"/>
        <source>Export report</source>
        <translation>I-export ang ulat</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="174"/>
        <source>Charts</source>
        <translation>Mga tsart</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="181"/>
        <source>Save as PNG…</source>
        <translation>I-save bilang PNG…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="199"/>
        <source>Charts are for supervisors.</source>
        <translation>Para sa mga superbisor ang mga tsart.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="234"/>
        <source>No sales in this period.</source>
        <translation>Walang benta sa panahong ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="238"/>
        <source>Save chart</source>
        <translation>I-save ang tsart</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="239"/>
        <source>PNG images (*.png)</source>
        <translation>Mga PNG na larawan (*.png)</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="67"/>
        <source>IC cards</source>
        <translation>Mga IC card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="44"/>
        <source>Administration</source>
        <translation>Pangangasiwa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="42"/>
        <source>Vend</source>
        <translation>Magbenta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="34"/>
        <source>Reports &amp; shifts</source>
        <translation>Mga ulat at shift</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="54"/>
        <source>Customers &amp; meters</source>
        <translation>Mga customer at metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="34"/>
        <source>Engineering</source>
        <translation>Inhinyeriya</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="73"/>
        <source>Meter test</source>
        <translation>Pagsubok ng metro</translation>
    </message>
</context>
<context>
    <name>TariffDialog</name>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="41"/>
        <source>Edit tariff {0:02d}</source>
        <translation>Baguhin ang taripa {0:02d}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="41"/>
        <source>New tariff</source>
        <translation>Bagong taripa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="47"/>
        <source>The tariff index (TI) that meters carry in their key parameters.</source>
        <translation>Ang tariff index (TI) na dala ng mga metro sa kanilang key parameters.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="48"/>
        <source>e.g. Residential</source>
        <translation>hal. Residensyal</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="49"/>
        <source>Tariff index (TI)</source>
        <translation>Tariff index (TI)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="50"/>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="53"/>
        <source>money</source>
        <translation>pera</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="54"/>
        <source>Blocks</source>
        <translation>Mga bloke</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="56"/>
        <source>Blocks on each meter&apos;s purchases this month (leave “Up to” empty on the last block: it prices everything above)</source>
        <translation>Mga bloke batay sa nabili ng bawat metro ngayong buwan (iwanang blangko ang “Hanggang” sa huling bloke: ito ang presyo ng lahat ng lampas)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="61"/>
        <source>Up to (kWh this month)</source>
        <translation>Hanggang (kWh ngayong buwan)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="62"/>
        <source>Rate ({0} per kWh, before VAT)</source>
        <translation>Presyo ({0} bawat kWh, bago ang VAT)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="69"/>
        <source>Add block</source>
        <translation>Magdagdag ng bloke</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="71"/>
        <source>Remove block</source>
        <translation>Alisin ang bloke</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="79"/>
        <source>Charges and limits</source>
        <translation>Mga singil at limit</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="85"/>
        <source>no maximum</source>
        <translation>walang maximum</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="86"/>
        <source>none</source>
        <translation>wala</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="87"/>
        <source>VAT (%)</source>
        <translation>VAT (%)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="88"/>
        <source>Fixed monthly charge ({0})</source>
        <translation>Buwanang singil ({0})</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="89"/>
        <source>Minimum purchase ({0})</source>
        <translation>Pinakamababang bili ({0})</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="90"/>
        <source>Maximum purchase ({0})</source>
        <translation>Pinakamataas na bili ({0})</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="91"/>
        <source>Free basic electricity (kWh per month, indigent customers)</source>
        <translation>Libreng batayang kuryente (kWh bawat buwan, para sa indigent)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="102"/>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="103"/>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="160"/>
        <source>Give the tariff a name, e.g. Residential.</source>
        <translation>Bigyan ng pangalan ang taripa, hal. Residensyal.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="163"/>
        <source>Tariff index {0:02d} already has a tariff; edit that tariff or choose another index.</source>
        <translation>May taripa na ang tariff index {0:02d}; baguhin ang taripang iyon o pumili ng ibang index.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="168"/>
        <source>Add at least one block with its rate per kWh.</source>
        <translation>Magdagdag ng kahit isang bloke na may presyo bawat kWh.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="174"/>
        <source>Block {0}: type the rate per kWh as a number above zero, e.g. 1.85.</source>
        <translation>Bloke {0}: i-type ang presyo bawat kWh bilang numerong higit sa zero, hal. 1.85.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="179"/>
        <source>Block {0}: type the kWh limit as a number above zero with at most one decimal, e.g. 50 or 50.5.</source>
        <translation>Bloke {0}: i-type ang limit sa kWh bilang numerong higit sa zero na may hanggang isang desimal, hal. 50 o 50.5.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="183"/>
        <source>Block {0}: its kWh limit must be higher than the block before it.</source>
        <translation>Bloke {0}: dapat mas mataas ang limit nito sa kWh kaysa sa naunang bloke.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="189"/>
        <source>Block {0}: only the last block may be left without a kWh limit.</source>
        <translation>Bloke {0}: ang huling bloke lamang ang puwedeng walang limit sa kWh.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="194"/>
        <source>Type the VAT as a percentage from 0 to 100, e.g. 12.</source>
        <translation>I-type ang VAT bilang porsyento mula 0 hanggang 100, hal. 12.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="195"/>
        <source>fixed monthly charge</source>
        <translation>buwanang singil</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="196"/>
        <source>minimum purchase</source>
        <translation>pinakamababang bili</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="197"/>
        <source>maximum purchase</source>
        <translation>pinakamataas na bili</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="199"/>
        <source>The maximum purchase must be more than the minimum purchase (or leave it empty for no maximum).</source>
        <translation>Dapat mas malaki ang pinakamataas na bili kaysa sa pinakamababang bili (o iwanang blangko kung walang maximum).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="206"/>
        <source>Type the free basic electricity in kWh with at most one decimal, e.g. 50 (or leave it empty for none).</source>
        <translation>I-type ang libreng batayang kuryente sa kWh na may hanggang isang desimal, hal. 50 (o iwanang blangko kung wala).</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/tariff_form.py" line="217"/>
        <source>The {0} “{1}” is not an amount of money; type it like 100 or 250.50.</source>
        <translation>Hindi halaga ng pera ang {0} na “{1}”; i-type ito gaya ng 100 o 250.50.</translation>
    </message>
</context>
<context>
    <name>VaultPage</name>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="102"/>
        <source>The key vault passphrase</source>
        <translation>Ang passphrase ng key vault</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="103"/>
        <source>The vending keys are stored encrypted under this passphrase. A supervisor types it at the start of each day. Write it down and keep it in a safe place: without it the keys cannot be used.</source>
        <translation>Naka-encrypt ang mga vending key sa ilalim ng passphrase na ito. Ita-type ito ng superbisor sa simula ng bawat araw. Isulat ito at itago sa ligtas na lugar: kung wala ito, hindi magagamit ang mga key.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="111"/>
        <source>Vault &amp;passphrase</source>
        <translation>&amp;Passphrase ng vault</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="112"/>
        <source>&amp;Repeat passphrase</source>
        <translation>&amp;Ulitin ang passphrase</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="117"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Hindi magkapareho ang dalawang passphrase. I-type muli.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/wizard.py" line="120"/>
        <source>Choose a passphrase of at least 12 characters (a few words).</source>
        <translation>Pumili ng passphrase na may hindi bababa sa 12 karakter (ilang salita).</translation>
    </message>
</context>
<context>
    <name>VendScreen</name>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="88"/>
        <source>Selling needs the vending services.</source>
        <translation>Kailangan ng serbisyo ng bentahan para makapagbenta.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="139"/>
        <source>No meter or customer matches “{0}”. Check the number or try the customer&apos;s name or account.</source>
        <translation>Walang metro o customer na tugma sa “{0}”. Suriin ang numero o subukan ang pangalan o account ng customer.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="160"/>
        <source>Reading customer cards is not available in this build.</source>
        <translation>Wala ang pagbasa ng card ng customer sa bersyong ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="172"/>
        <source>IC card meter</source>
        <translation>metrong IC card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="172"/>
        <source>keypad meter</source>
        <translation>metrong may keypad</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="177"/>
        <source>none</source>
        <translation>wala</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="180"/>
        <source>IC card meter: keep the customer&apos;s card in the reader; the tokens are written to it when you vend.</source>
        <translation>Metrong IC card: iwan ang card ng customer sa reader; isusulat dito ang mga token pagbenta mo.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="195"/>
        <location filename="../../ui/vend.ui" line="68"/>
        <source>Amount tendered</source>
        <translation>Halagang ibinayad</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="195"/>
        <source>Energy (kWh)</source>
        <translation>Enerhiya (kWh)</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="250"/>
        <source>{0} for {1}</source>
        <translation>{0} sa halagang {1}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="297"/>
        <source>The purchase is on the customer&apos;s card: give the card back to insert it in the meter.</source>
        <translation>Nasa card na ng customer ang binili: ibalik ang card para maipasok ito sa metro.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="305"/>
        <source>Tokens copied to the clipboard.</source>
        <translation>Nakopya ang mga token sa clipboard.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="313"/>
        <source>Receipt sent to {0}.</source>
        <translation>Naipadala ang resibo sa {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="319"/>
        <source>There is no sale to reprint yet in this shift.</source>
        <translation>Wala pang benta na maaaring i-print muli sa shift na ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="335"/>
        <source>SMS {0}.</source>
        <translation>SMS {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="366"/>
        <source>No shift open. Press F8 to open your shift with its cash float.</source>
        <translation>Walang bukas na shift. Pindutin ang F8 para buksan ang iyong shift kasama ang panimulang pera.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="368"/>
        <source>1 sale</source>
        <translation>1 benta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="368"/>
        <source>{0} sales</source>
        <translation>{0} benta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="369"/>
        <source>Shift {0} · opened {1} · float {2} · {3} · {4} taken · {5}</source>
        <translation>Shift {0} · binuksan {1} · panimulang pera {2} · {3} · {4} natanggap · {5}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="380"/>
        <source>Open shift</source>
        <translation>Buksan ang shift</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="380"/>
        <source>Opening cash float:</source>
        <translation>Panimulang pera sa kaha:</translation>
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
        <location filename="../../ui/vend.ui" line="77"/>
        <source>Item</source>
        <translation>Bahagi</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="78"/>
        <source>Detail</source>
        <translation>Detalye</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="79"/>
        <source>Amount</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="83"/>
        <source>Vend (F9)</source>
        <translation>Magbenta (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="91"/>
        <source>Tokens</source>
        <translation>Mga token</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="97"/>
        <source>Copy (Ctrl+Shift+C)</source>
        <translation>Kopyahin (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="98"/>
        <source>Print (F10)</source>
        <translation>I-print (F10)</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="99"/>
        <source>Reprint last (F11)</source>
        <translation>I-print muli ang huli (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="100"/>
        <source>Send SMS</source>
        <translation>Ipadala sa SMS</translation>
    </message>
    <message>
        <location filename="../../ui/vend.ui" line="102"/>
        <source>Next customer (Esc)</source>
        <translation>Susunod na customer (Esc)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/sts_pos/gui/errors.py" line="43"/>
        <source>The computer reported a problem with a file, port or device: {0}.</source>
        <translation>May problemang iniulat ang computer sa isang file, port o device: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/errors.py" line="46"/>
        <source>Something went wrong and the last action may not have been completed. Check the result before trying again; if it happens again, call your supervisor.</source>
        <translation>Nagkaproblema at maaaring hindi natapos ang huling ginawa. Suriin ang resulta bago subukang muli; kung maulit, tawagan ang iyong superbisor.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/errors.py" line="62"/>
        <location filename="../../src/sts_pos/gui/errors.py" line="76"/>
        <source>sts-pos</source>
        <translation>sts-pos</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="99"/>
        <location filename="../../src/sts_pos/gui/i18n.py" line="101"/>
        <source>Type the amount as a number, e.g. 100 or 250.50.</source>
        <translation>I-type ang halaga bilang numero, hal. 100 o 250.50.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="105"/>
        <source>The amount {0} is not a valid amount of money.</source>
        <translation>Hindi wastong halaga ng pera ang {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="120"/>
        <source>Type the energy in kWh as a number, e.g. 50 or 12.5.</source>
        <translation>I-type ang enerhiya sa kWh bilang numero, hal. 50 o 12.5.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="122"/>
        <source>The energy must be more than zero kWh.</source>
        <translation>Dapat higit sa zero kWh ang enerhiya.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../src/sts_pos/gui/printing.py" line="30"/>
        <source>The printer “{0}” is not installed on this computer.</source>
        <translation>Hindi naka-install sa computer na ito ang printer na “{0}”.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/printing.py" line="32"/>
        <source>This computer has no default printer. Choose one in the system settings or set the receipt printer in Administration.</source>
        <translation>Walang default na printer ang computer na ito. Pumili ng isa sa system settings o itakda ang printer ng resibo sa Pangangasiwa.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/printing.py" line="57"/>
        <source>The printer did not accept the receipt. Check that it is on and has paper.</source>
        <translation>Hindi tinanggap ng printer ang resibo. Tiyaking nakabukas ito at may papel.</translation>
    </message>
</context>
</TS>
