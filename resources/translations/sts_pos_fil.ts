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
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="56"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="57"/>
        <source>Supply groups and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="58"/>
        <source>Tariffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="59"/>
        <source>Printer and devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="60"/>
        <source>Backup and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="61"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="80"/>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="261"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="80"/>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="110"/>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="155"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="80"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="80"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="81"/>
        <source>Locked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="84"/>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="85"/>
        <source>full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="87"/>
        <source>cashier</source>
        <translation type="unfinished">kahera</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="87"/>
        <source>technician</source>
        <translation type="unfinished">tekniko</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="88"/>
        <source>supervisor</source>
        <translation type="unfinished">superbisor</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="88"/>
        <source>administrator</source>
        <translation type="unfinished">administrador</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="90"/>
        <source>first password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="92"/>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="110"/>
        <source>SGC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="110"/>
        <source>Key revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="110"/>
        <source>DKGA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="111"/>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="111"/>
        <source>Base date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="111"/>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="112"/>
        <source>Key expiry (KEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="118"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="129"/>
        <source>Supply group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="132"/>
        <source>vending key in hex: typed once, stored encrypted, never shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="133"/>
        <source>Store key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="138"/>
        <source>Vending key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="155"/>
        <source>TI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="155"/>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="155"/>
        <source>VAT</source>
        <translation type="unfinished">VAT</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="156"/>
        <source>Fixed monthly charge</source>
        <translation type="unfinished">Buwanang singil</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="156"/>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="156"/>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="157"/>
        <source>Free units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="159"/>
        <source>Tariffs are changed with &apos;sts-pos tariffs&apos; in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="168"/>
        <source>blank: PDF files; system (default printer), system:NAME, serial:/dev/ttyUSB0, usb:04b8:0202, network:HOST:9100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="176"/>
        <source>blank: SMS wait in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="178"/>
        <source>blank: the first reader with a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="179"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="181"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="183"/>
        <source>Test print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="189"/>
        <source>Receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="190"/>
        <source>Receipt width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="191"/>
        <source>Meter serial port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="192"/>
        <source>GSM modem port (SMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="193"/>
        <source>Card reader</source>
        <translation type="unfinished">Card reader</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="194"/>
        <source>Lock after idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="212"/>
        <source>Device settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="218"/>
        <source>Test receipt sent to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="225"/>
        <source>A backup is also made automatically at the first sign-in of each day (the last 14 are kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="228"/>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="230"/>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="244"/>
        <source>Back up the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="252"/>
        <source>Restore the office from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="261"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="261"/>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="261"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="262"/>
        <source>Detail</source>
        <translation type="unfinished">Detalye</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="265"/>
        <source>Verify the audit chain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardsScreen</name>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="32"/>
        <source>The card reader support is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="38"/>
        <source>Card reader</source>
        <translation>Card reader</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="40"/>
        <source>Looking for card readers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="44"/>
        <source>Read card</source>
        <translation>Basahin ang card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="51"/>
        <source>Issue a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="53"/>
        <source>meter number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="55"/>
        <source>customer card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="55"/>
        <source>replacement card (blocks the old one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="56"/>
        <source>technician card (engineering job)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="59"/>
        <source>no job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="60"/>
        <source>Issue card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="62"/>
        <source>Meter</source>
        <translation type="unfinished">Metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="63"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="64"/>
        <source>Engineering job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="67"/>
        <source>Write sale onto card again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="70"/>
        <source>A supervisor rewrites a sale on a lost, damaged or replacement card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="71"/>
        <source>Sale number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="74"/>
        <source>Card contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="77"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="77"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/dialogs.py" line="15"/>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/dialogs.py" line="21"/>
        <source>Indigent: gets free basic electricity each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/dialogs.py" line="23"/>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/dialogs.py" line="24"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/dialogs.py" line="25"/>
        <source>Address</source>
        <translation type="unfinished">Tirahan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/dialogs.py" line="26"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="57"/>
        <source>Meter number, name, account, phone or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="59"/>
        <source>Find</source>
        <translation>Hanapin</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="64"/>
        <source>New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="66"/>
        <source>Edit customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="68"/>
        <source>Move meter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="75"/>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="83"/>
        <source>Meter</source>
        <translation>Metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="75"/>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="83"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="75"/>
        <source>Account</source>
        <translation type="unfinished">Account</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="75"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="76"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="76"/>
        <source>Tariff</source>
        <translation type="unfinished">Taripa</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="76"/>
        <source>Address</source>
        <translation type="unfinished">Tirahan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="79"/>
        <source>Meter details and sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="84"/>
        <source>Supply group / key</source>
        <translation type="unfinished">Supply group / key</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="84"/>
        <source>Debt</source>
        <translation type="unfinished">Utang</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="85"/>
        <source>Card serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="91"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="91"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="91"/>
        <source>Amount</source>
        <translation type="unfinished">Halaga</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="91"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="92"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="92"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="94"/>
        <source>Read at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="94"/>
        <source>Credit left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="94"/>
        <source>Energy used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="95"/>
        <source>Purchases loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="95"/>
        <source>Tamper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="95"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="97"/>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="98"/>
        <source>Card readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="101"/>
        <source>Reprint</source>
        <translation>I-print muli</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="103"/>
        <source>Void sale…</source>
        <translation>Ipawalang-bisa ang benta…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="106"/>
        <source>Only a supervisor may void a sale.</source>
        <translation>Superbisor lamang ang maaaring magpawalang-bisa ng benta.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="130"/>
        <source>IC card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="130"/>
        <source>keypad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="177"/>
        <source>Choose the sale to reprint in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="181"/>
        <source>Copy of the receipt sent to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="187"/>
        <source>Choose the sale to void in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="190"/>
        <source>Void sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="191"/>
        <source>The token was already given and cannot be taken back: the void records a write-off.
Reason for voiding receipt {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="196"/>
        <source>A void needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="200"/>
        <source>Sale voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="212"/>
        <source>Customer {0} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="218"/>
        <source>Choose a meter with a customer in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="231"/>
        <source>Choose the meter to move in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="234"/>
        <source>Move meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="235"/>
        <source>Move meter {0} to the customer with account number:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineeringScreen</name>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="18"/>
        <source>Clear credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="19"/>
        <source>Clear tamper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="20"/>
        <source>Set maximum power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="21"/>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="23"/>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="67"/>
        <source>Watts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="22"/>
        <source>Set phase unbalance limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="24"/>
        <source>Test / display (all tests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="25"/>
        <source>Key change (the meter&apos;s pending change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="26"/>
        <source>TID rollover to base date 2014 (this meter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="39"/>
        <source>Engineering tokens need the vending services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="50"/>
        <source>Tokens issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="59"/>
        <source>Management and test tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="62"/>
        <source>11- or 13-digit meter number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="69"/>
        <source>Why (work order, complaint…) — required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="70"/>
        <source>Issue token</source>
        <translation>Gumawa ng token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="74"/>
        <source>Meter</source>
        <translation type="unfinished">Metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="75"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="90"/>
        <source>20-digit token, spaces allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="92"/>
        <source>Decode</source>
        <translation>Basahin</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="105"/>
        <source>Key change and TID rollover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="107"/>
        <source>Meters on base date 1993 stopped accepting new credit on 2024-11-24. The rollover moves a meter (or every meter of a supply group) to base date 2014 with key change tokens, which are also given automatically before the next credit token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="115"/>
        <source>Roll over the supply group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="118"/>
        <source>Supply group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="123"/>
        <source>meter number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="124"/>
        <source>new SGC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="127"/>
        <source>Set pending key change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="152"/>
        <source>Type the meter number and the reason for this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="178"/>
        <source>Making key change tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="178"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="184"/>
        <source>{0} meters of supply group {1} were moved to base date 2014. Their key change tokens are in {2}, ready to print for the field technicians.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <location filename="../../src/sts_pos/gui/main_window.py" line="110"/>
        <source>&amp;Office</source>
        <translation>&amp;Tanggapan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="111"/>
        <source>&amp;Lock</source>
        <translation>I-&amp;lock</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="113"/>
        <source>&amp;Unlock the key vault…</source>
        <translation>&amp;Buksan ang key vault…</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="115"/>
        <source>&amp;Sign out</source>
        <translation>Mag-&amp;sign out</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="117"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lumabas</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="123"/>
        <source>&amp;Help</source>
        <translation>&amp;Tulong</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="124"/>
        <source>&amp;About sts-pos</source>
        <translation>&amp;Tungkol sa sts-pos</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="132"/>
        <source>Unlock vault</source>
        <translation>Buksan ang vault</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="220"/>
        <source>shift {0}</source>
        <translation>shift {0}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="220"/>
        <source>no shift open</source>
        <translation>walang bukas na shift</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="225"/>
        <source>cashier</source>
        <translation>kahera</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="225"/>
        <source>technician</source>
        <translation>tekniko</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="226"/>
        <source>supervisor</source>
        <translation>superbisor</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="226"/>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="231"/>
        <source>Key vault unlocked</source>
        <translation>Bukas ang key vault</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="231"/>
        <source>Key vault locked</source>
        <translation>Naka-lock ang key vault</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="249"/>
        <source>Unlock the key vault</source>
        <translation>Buksan ang key vault</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="250"/>
        <source>The vending keys are locked. A supervisor types the office vault passphrase:</source>
        <translation>Naka-lock ang mga vending key. I-type ng superbisor ang passphrase ng vault ng tanggapan:</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="256"/>
        <source>Key vault unlocked for this session.</source>
        <translation>Bukas ang key vault para sa sesyong ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="260"/>
        <source>About sts-pos</source>
        <translation>Tungkol sa sts-pos</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/main_window.py" line="261"/>
        <source>&lt;b&gt;sts-pos {0}&lt;/b&gt;&lt;br&gt;Prepaid electricity vending: STS tokens (IEC 62055-41) and IC customer cards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeterTestScreen</name>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="43"/>
        <source>The serial meter link is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="49"/>
        <source>Connection</source>
        <translation>Koneksyon</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="54"/>
        <source>/dev/ttyUSB0, COM3 or socket://host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="59"/>
        <source>blank: the meter on the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="60"/>
        <source>Connect and read registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="63"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="64"/>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="65"/>
        <source>Meter address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="69"/>
        <source>Send a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="73"/>
        <source>20-digit token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="74"/>
        <source>Send token</source>
        <translation>Ipadala ang token</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="76"/>
        <source>Send test token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="82"/>
        <source>The meter&apos;s answer appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="88"/>
        <source>Registers</source>
        <translation>Mga rehistro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="91"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="91"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="102"/>
        <source>Choose or type the serial port the meter is connected to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="123"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="123"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="125"/>
        <source>Meter number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="125"/>
        <source>Address</source>
        <translation type="unfinished">Tirahan</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="126"/>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="127"/>
        <source>Energy used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="128"/>
        <source>Remaining credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="129"/>
        <source>Relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="129"/>
        <source>closed (power on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="129"/>
        <source>open (power off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="130"/>
        <source>Tamper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="131"/>
        <source>Supply group / tariff / key revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="132"/>
        <source>Key type / expiry / base date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="133"/>
        <source>Last token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="140"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="140"/>
        <source>Not accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotAvailable</name>
    <message>
        <location filename="../../src/sts_pos/gui/widgets.py" line="85"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="29"/>
        <source>Clear tamper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="30"/>
        <source>Set maximum power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="31"/>
        <source>Set phase unbalance limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="32"/>
        <source>Test / display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="91"/>
        <source>{0} is not available in this build of sts-pos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="95"/>
        <source>PDF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="96"/>
        <source>outbox only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="97"/>
        <source>Receipts: {0} · SMS: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="103"/>
        <source>The vending office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="136"/>
        <source>Sign in first.</source>
        <translation>Mag-sign in muna.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="192"/>
        <source>The demo office could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office.py" line="209"/>
        <source>This database already holds an office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="51"/>
        <source>Key change pending: the customer gets key change tokens to enter before the credit token.</source>
        <translation>May nakabinbing pagpalit ng key: makakatanggap ang customer ng mga key change token na ilalagay bago ang credit token.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="54"/>
        <source>Meter on base date 1993: it needs the TID-rollover key change (given with the next purchase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="57"/>
        <source>No customer account is linked to this meter; it cannot be vended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="59"/>
        <source>The meter&apos;s tariff index has no tariff; a supervisor must set it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="86"/>
        <source>There is no customer with account {0}.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <location filename="../../src/sts_pos/gui/office_sales.py" line="211"/>
        <source>There is no sale yet to print as a test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="228"/>
        <source>This customer has no phone number; add one in Customers &amp; meters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="235"/>
        <source>queued for {0}; it is sent when a GSM modem is set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_sales.py" line="239"/>
        <source>sent to {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="26"/>
        <source>No card reader is connected. Plug in the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="27"/>
        <source>{0}: card inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="28"/>
        <source>{0}: no card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="120"/>
        <source>No shift is open; the X report is of the open shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="126"/>
        <source>The Z report is taken when a shift is closed; close your shift first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="153"/>
        <source>Meter {0} gets key change tokens to SGC {1}, KRN {2}, TI {3:02d} with its next purchase (or as an engineering key change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="171"/>
        <source>TID rollover of supply group {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="173"/>
        <source>No meter of supply group {0} is still on base date 1993.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="206"/>
        <source>Token {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="207"/>
        <source>Meter {0}, SGC {1}, KRN {2}, TI {3:02d}, base date {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="209"/>
        <source>Kind: {0} (class {1}, subclass {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="213"/>
        <source>Issued: {0} office time (TID {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="217"/>
        <source>Amount: {0} kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="220"/>
        <source>Issued by this office ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="221"/>
        <source>sale {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="221"/>
        <source>engineering job {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="223"/>
        <source>This token is not for meter {0} with its current key: a digit may be mistyped, or it was made for another meter or key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="60"/>
        <location filename="../../src/sts_pos/gui/office_back.py" line="229"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="60"/>
        <location filename="../../src/sts_pos/gui/office_back.py" line="229"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="263"/>
        <source>The audit log is intact: {0} entries checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="264"/>
        <source>The audit log is broken at entry {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="268"/>
        <source>Backup written to {0} ({1} bytes, checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/office_back.py" line="272"/>
        <source>The office was restored from {0} (schema {1}).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="26"/>
        <source>Cashier comparison</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="59"/>
        <source>Z report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="83"/>
        <source>Shift {0}, opened {1} with a float of {2}.
{3} sales, {4} taken, {5}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="92"/>
        <source>Open shift</source>
        <translation type="unfinished">Buksan ang shift</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="92"/>
        <source>Opening cash float:</source>
        <translation type="unfinished">Panimulang pera sa kaha:</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="105"/>
        <source>Close shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="105"/>
        <source>Cash counted in the drawer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="116"/>
        <source>Shift closed. Expected {0}, counted {1}, variance {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="126"/>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="167"/>
        <source>Report saved as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="131"/>
        <source>Sales reports</source>
        <translation>Mga ulat ng benta</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="138"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="142"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="143"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="144"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="145"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="151"/>
        <source>Sales reports are not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="160"/>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="172"/>
        <source>Charts</source>
        <translation>Mga tsart</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="179"/>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="197"/>
        <source>Charts are for supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="228"/>
        <source>No sales in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/reports.py" line="232"/>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../src/sts_pos/gui/screens/cards.py" line="27"/>
        <source>IC cards</source>
        <translation>Mga IC card</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/admin.py" line="43"/>
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
        <location filename="../../src/sts_pos/gui/screens/customers.py" line="46"/>
        <source>Customers &amp; meters</source>
        <translation>Mga customer at metro</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/engineering.py" line="34"/>
        <source>Engineering</source>
        <translation>Inhinyeriya</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/meter_test.py" line="36"/>
        <source>Meter test</source>
        <translation>Pagsubok ng metro</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="245"/>
        <source>{0} for {1}</source>
        <translation>{0} sa halagang {1}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="292"/>
        <source>The purchase is on the customer&apos;s card: give the card back to insert it in the meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="300"/>
        <source>Tokens copied to the clipboard.</source>
        <translation>Nakopya ang mga token sa clipboard.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="308"/>
        <source>Receipt sent to {0}.</source>
        <translation>Naipadala ang resibo sa {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="314"/>
        <source>There is no sale to reprint yet in this shift.</source>
        <translation>Wala pang benta na maaaring i-print muli sa shift na ito.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="330"/>
        <source>SMS {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="361"/>
        <source>No shift open. Press F8 to open your shift with its cash float.</source>
        <translation>Walang bukas na shift. Pindutin ang F8 para buksan ang iyong shift kasama ang panimulang pera.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="363"/>
        <source>Shift {0} · opened {1} · float {2} · {3} sales · {4} taken · {5}</source>
        <translation>Shift {0} · binuksan {1} · panimula {2} · {3} benta · {4} natanggap · {5}</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="374"/>
        <source>Open shift</source>
        <translation>Buksan ang shift</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/screens/vend.py" line="374"/>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="78"/>
        <source>Type the amount as a number, e.g. 100 or 250.50.</source>
        <translation>I-type ang halaga bilang numero, hal. 100 o 250.50.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="82"/>
        <source>The amount {0} is not a valid amount of money.</source>
        <translation>Hindi wastong halaga ng pera ang {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="96"/>
        <source>Type the energy in kWh as a number, e.g. 50 or 12.5.</source>
        <translation>I-type ang enerhiya sa kWh bilang numero, hal. 50 o 12.5.</translation>
    </message>
    <message>
        <location filename="../../src/sts_pos/gui/i18n.py" line="98"/>
        <source>The energy must be more than zero kWh.</source>
        <translation>Dapat higit sa zero kWh ang enerhiya.</translation>
    </message>
</context>
</TS>
