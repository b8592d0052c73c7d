<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="280"/>
        <source>How it works</source>
        <translation>วิธีใช้งาน</translation>
    </message>
</context>
<context>
    <name>BalanceScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="180"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="182"/>
        <source>Your card is valid. Your points and rank will appear here after this kiosk&apos;s next sync.</source>
        <translation>บัตรของคุณใช้ได้ แต้มและแรงก์ของคุณจะแสดงที่นี่หลังจากคีออสก์นี้ซิงก์ข้อมูลครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="185"/>
        <source>Your rank went up! Ask a staff member for a new card in your rank&apos;s colour.</source>
        <translation>แรงก์ของคุณสูงขึ้นแล้ว! ขอบัตรสีใหม่ตามแรงก์ได้จากพนักงาน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="188"/>
        <source>Welcome back, producer!</source>
        <translation>ยินดีต้อนรับกลับ โปรดิวเซอร์!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="192"/>
        <source>Hello, %1!</source>
        <translation>สวัสดี คุณ%1!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="194"/>
        <source>PV points</source>
        <translation>แต้ม PV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="198"/>
        <source>You have reached the top rank!</source>
        <translation>คุณถึงแรงก์สูงสุดแล้ว!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="200"/>
        <source>%1 PV to %2</source>
        <translation>อีก %1 PV ถึง %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="202"/>
        <source>Push points</source>
        <translation>แต้มเชียร์</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="205"/>
        <source>Each push point = %n vote(s)</source>
        <translation>
            <numerusform>แต้มเชียร์ 1 แต้ม = %n โหวต</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="208"/>
        <source>Checked in today</source>
        <translation>เช็กอินวันนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="209"/>
        <source>Check in for today</source>
        <translation>เช็กอินวันนี้</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="210"/>
        <source>Push a cast member</source>
        <translation>เชียร์แคสต์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="213"/>
        <source>You have 0 push points. Each visit (once a day) and each day you log in to the website earns more.</source>
        <translation>คุณมีแต้มเชียร์ 0 แต้ม การมาที่ร้าน (วันละครั้ง) และการล็อกอินเว็บไซต์ทุกวันจะได้แต้มเพิ่ม</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="217"/>
        <source>You have 0 push points. Check in for today&apos;s visit to earn some, then push!</source>
        <translation>คุณมีแต้มเชียร์ 0 แต้ม เช็กอินวันนี้เพื่อรับแต้มก่อน แล้วค่อยเชียร์นะ!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="221"/>
        <source>Recent activity</source>
        <translation>กิจกรรมล่าสุด</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="223"/>
        <source>Last synced: %1</source>
        <translation>ซิงก์ล่าสุด: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="226"/>
        <source>Not synced yet</source>
        <translation>ยังไม่ได้ซิงก์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="234"/>
        <source>not counted</source>
        <translation>ไม่ได้นับรายการนี้</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="232"/>
        <source>not synced yet</source>
        <translation>ยังไม่ได้ซิงก์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="245"/>
        <source>Became a producer</source>
        <translation>สมัครเป็นโปรดิวเซอร์</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="248"/>
        <source>Visit: +%n push point(s)</source>
        <translation>
            <numerusform>มาที่ร้าน: แต้มเชียร์ +%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="250"/>
        <source>Purchase: +%n PV</source>
        <translation>
            <numerusform>ใช้จ่าย: +%n PV</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="255"/>
        <source>Pushed %1: %n vote(s)</source>
        <translation>
            <numerusform>เชียร์ %1: %n โหวต</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="257"/>
        <source>Website login: +%n push point(s)</source>
        <translation>
            <numerusform>เข้าสู่ระบบเว็บไซต์: แต้มเชียร์ +%n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="259"/>
        <source>New card issued</source>
        <translation>ออกบัตรใหม่</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="261"/>
        <source>New website password</source>
        <translation>รหัสผ่านเว็บไซต์ใหม่</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="262"/>
        <source>Correction</source>
        <translation>แก้ไข</translation>
    </message>
</context>
<context>
    <name>CardReadyScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="133"/>
        <source>Welcome, %1! Your card is ready.</source>
        <translation>ยินดีต้อนรับ %1! บัตรของคุณพร้อมแล้ว</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="137"/>
        <source>Producer number</source>
        <translation>หมายเลขโปรดิวเซอร์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="138"/>
        <source>Rank</source>
        <translation>แรงก์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="139"/>
        <source>Website login ID</source>
        <translation>ไอดีเข้าสู่ระบบเว็บไซต์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="140"/>
        <source>Initial password</source>
        <translation>รหัสผ่านเริ่มต้น</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="143"/>
        <source>Write your login ID and password down now: they will not be shown again.</source>
        <translation>โปรดจดไอดีและรหัสผ่านไว้ตอนนี้ หน้าจอนี้จะไม่แสดงอีก</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="146"/>
        <source>Write your login ID and password down now: they will not be shown again. They are also printed on the slip the staff will hand you with your card.</source>
        <translation>โปรดจดไอดีและรหัสผ่านไว้ตอนนี้ หน้าจอนี้จะไม่แสดงอีก ข้อมูลนี้พิมพ์อยู่บนใบรหัสผ่านที่พนักงานจะมอบให้พร้อมบัตรด้วย</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="150"/>
        <source>Write your login ID and password down now: they will not be shown again, and the slip with them could not be printed.</source>
        <translation>โปรดจดไอดีและรหัสผ่านไว้ตอนนี้ หน้าจอนี้จะไม่แสดงอีก และพิมพ์ใบรหัสผ่านไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="152"/>
        <source>Done</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="153"/>
        <source>How it works</source>
        <translation>วิธีใช้งาน</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="133"/>
        <location filename="../../kiosk/ui/screens/confirm.py" line="146"/>
        <source>Making your card…</source>
        <translation>กำลังทำบัตรของคุณ…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="137"/>
        <source>Is this right?</source>
        <translation>ข้อมูลถูกต้องหรือไม่?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="138"/>
        <source>Producer name</source>
        <translation>ชื่อโปรดิวเซอร์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="139"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="140"/>
        <source>The card costs %1. Please pay at the till when you order.</source>
        <translation>ค่าทำบัตร %1 โปรดชำระที่แคชเชียร์ตอนสั่งอาหาร</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="142"/>
        <source>Tick the box to agree to the terms first.</source>
        <translation>ทำเครื่องหมายในช่องเพื่อยอมรับข้อตกลงก่อน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="143"/>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="144"/>
        <source>Agree and make my card</source>
        <translation>ยอมรับและทำบัตรของฉัน</translation>
    </message>
</context>
<context>
    <name>ConfirmStep</name>
    <message>
        <location filename="../../kiosk/ui/staff/confirm_step.py" line="86"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>CorrectionScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="103"/>
        <source>%1: change PV by %2 and push points by %3? The entry stays in the producer&apos;s history; only another correction can undo it.</source>
        <translation>%1: เปลี่ยน PV %2 และแต้มเชียร์ %3 ใช่ไหม รายการนี้จะอยู่ในประวัติของโปรดิวเซอร์ และยกเลิกได้ด้วยการแก้ไขอีกครั้งเท่านั้น</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="106"/>
        <source>Save this correction</source>
        <translation>บันทึกการแก้ไขนี้</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="118"/>
        <source>Correct points</source>
        <translation>แก้ไขแต้ม</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="119"/>
        <source>A correction is added as a new entry; nothing earlier is changed. Use − for points to take away.</source>
        <translation>การแก้ไขจะเพิ่มเป็นรายการใหม่ รายการเดิมไม่เปลี่ยน ใส่ − หน้าแต้มที่จะหักออก</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="121"/>
        <source>PV change</source>
        <translation>PV ที่เปลี่ยน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="122"/>
        <source>Push point change</source>
        <translation>แต้มเชียร์ที่เปลี่ยน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="123"/>
        <source>Reason (required)</source>
        <translation>เหตุผล (จำเป็น)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="124"/>
        <source>Save correction</source>
        <translation>บันทึกการแก้ไข</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <location filename="../../kiosk/ui/widgets/explainer_page.py" line="84"/>
        <source>Rank</source>
        <translation>แรงก์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/explainer_page.py" line="85"/>
        <source>PV from</source>
        <translation>PV ที่ต้องการ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/explainer_page.py" line="86"/>
        <source>Votes per push point</source>
        <translation>โหวตต่อแต้มเชียร์</translation>
    </message>
</context>
<context>
    <name>ExplainerScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="55"/>
        <source>This is the first page.</source>
        <translation>นี่คือหน้าแรก</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="57"/>
        <source>This is the last page. Tap Close when you are done.</source>
        <translation>นี่คือหน้าสุดท้าย อ่านจบแล้วแตะ &quot;ปิด&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="121"/>
        <source>How it works</source>
        <translation>วิธีใช้งาน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="122"/>
        <source>Previous</source>
        <translation>ก่อนหน้า</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="123"/>
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="124"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>ExplainerTexts</name>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="47"/>
        <source>You are a producer</source>
        <translation>คุณคือโปรดิวเซอร์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="48"/>
        <source>The cast of this café dream of becoming idols. As a producer, you help decide who gets the next big chance.</source>
        <translation>แคสต์ของคาเฟ่นี้ทุกคนฝันอยากเป็นไอดอล ในฐานะโปรดิวเซอร์ คุณช่วยตัดสินว่าใครจะได้โอกาสครั้งต่อไป</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="50"/>
        <source>Spend time with us, collect points, and push your favourite cast member up the monthly ranking.</source>
        <translation>มาใช้เวลากับเรา สะสมแต้ม แล้วเชียร์แคสต์คนโปรดของคุณให้ขึ้นอันดับรายเดือน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="53"/>
        <source>Your card and website login</source>
        <translation>บัตรและการเข้าสู่ระบบเว็บไซต์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="54"/>
        <source>On your first visit you get a producer card for %1, paid at the till. Show its QR code at the kiosk on every visit.</source>
        <translation>ครั้งแรกที่มา คุณจะได้รับบัตรโปรดิวเซอร์ (ค่าบัตร %1 ชำระที่แคชเชียร์) ทุกครั้งที่มา โปรดสแกนคิวอาร์โค้ดบนบัตรที่คีออสก์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="57"/>
        <source>You also get a login ID and password for the café&apos;s website, printed on your slip.</source>
        <translation>คุณจะได้รับไอดีและรหัสผ่านสำหรับเว็บไซต์ของคาเฟ่ด้วย ซึ่งพิมพ์อยู่บนใบรหัสผ่านของคุณ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="59"/>
        <source>Log in to the website and get %n push point(s) each day.</source>
        <translation>
            <numerusform>เข้าสู่ระบบเว็บไซต์เพื่อรับแต้มเชียร์ %n แต้มทุกวัน</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="62"/>
        <source>PV points and your rank</source>
        <translation>แต้ม PV และแรงก์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="63"/>
        <source>Every %1 you spend at the till earns 1 PV.</source>
        <translation>ทุก ๆ %1 ที่คุณใช้จ่ายที่แคชเชียร์ จะได้รับ 1 PV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="65"/>
        <source>PV are never spent and never go down: all the PV you have ever earned decide your rank, from %1 up to %2. Your card changes colour with your rank.</source>
        <translation>PV ไม่ถูกใช้และไม่มีวันลดลง PV ทั้งหมดที่คุณเคยได้รับจะกำหนดแรงก์ของคุณ ตั้งแต่ %1 ไปจนถึง %2 สีของบัตรจะเปลี่ยนตามแรงก์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="70"/>
        <source>Push points and pushing</source>
        <translation>แต้มเชียร์และการเชียร์</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="71"/>
        <source>Each visit earns %n push point(s), once per business day (a day ends at %1).</source>
        <translation>
            <numerusform>มาที่ร้านแต่ละครั้งจะได้รับแต้มเชียร์ %n แต้ม ได้วันทำการละครั้ง (วันทำการเปลี่ยนเวลา %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="73"/>
        <source>Spend push points to push your favourite cast members. Each push point is multiplied by your rank&apos;s multiplier.</source>
        <translation>ใช้แต้มเชียร์เพื่อเชียร์แคสต์คนโปรด แต้มเชียร์แต่ละแต้มจะคูณด้วยตัวคูณของแรงก์คุณ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="75"/>
        <source>Example: with multiplier %1, %2 push points give %3 votes.</source>
        <translation>ตัวอย่าง: ตัวคูณ %1 แต้มเชียร์ %2 แต้มจะเท่ากับ %3 โหวต</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="79"/>
        <source>The monthly ranking</source>
        <translation>อันดับรายเดือน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="80"/>
        <source>Votes for each cast member are counted per calendar month, in Japan time. The cast member with the most votes wins the month.</source>
        <translation>คะแนนโหวตของแคสต์แต่ละคนจะนับตามเดือนปฏิทินตามเวลาญี่ปุ่น แคสต์ที่ได้โหวตมากที่สุดจะชนะประจำเดือนนั้น</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="83"/>
        <source>The top %n are honoured with solo stages and the cover of a CD. There is a yearly ranking too.</source>
        <translation>
            <numerusform>แคสต์ %n อันดับแรกจะได้รับเกียรติขึ้นเวทีเดี่ยวและขึ้นปกซีดี และยังมีอันดับรายปีด้วย</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="86"/>
        <source>Your stay</source>
        <translation>เวลาใช้บริการ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="87"/>
        <source>The first %1 minutes cost %2 (table charge) with at least %n drink(s).</source>
        <translation>
            <numerusform>%1 นาทีแรกราคา %2 (ค่าโต๊ะ) และโปรดสั่งเครื่องดื่มอย่างน้อย %n แก้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="90"/>
        <source>Each further %1 minutes cost %2 with at least %n order(s).</source>
        <translation>
            <numerusform>ทุก ๆ %1 นาทีถัดไปราคา %2 และโปรดสั่งอย่างน้อย %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="93"/>
        <source>Please tell a cast member %n minute(s) before you leave.</source>
        <translation>
            <numerusform>โปรดแจ้งแคสต์ %n นาทีก่อนกลับ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="95"/>
        <source>A stage show starts every %n minute(s).</source>
        <translation>
            <numerusform>การแสดงบนเวทีเริ่มทุก %n นาที</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindProducerScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/find_screen.py" line="74"/>
        <source>No producer matches. Check the number, or try part of the name.</source>
        <translation>ไม่พบโปรดิวเซอร์ที่ตรงกัน ตรวจสอบหมายเลข หรือลองพิมพ์ชื่อบางส่วน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/find_screen.py" line="81"/>
        <source>Find a producer</source>
        <translation>ค้นหาโปรดิวเซอร์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/find_screen.py" line="82"/>
        <source>Scan the producer&apos;s card, or type the producer number or part of the name.</source>
        <translation>สแกนบัตรของโปรดิวเซอร์ หรือพิมพ์หมายเลขโปรดิวเซอร์หรือชื่อบางส่วน</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../kiosk/ui/widgets/language_picker.py" line="55"/>
        <source>Choose your language</source>
        <translation>เลือกภาษาของคุณ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/language_picker.py" line="56"/>
        <source>Larger text and high contrast</source>
        <translation>ตัวอักษรใหญ่ขึ้นและสีตัดกันชัดเจน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/language_picker.py" line="57"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>ManualLoginScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="113"/>
        <source>Card won&apos;t scan?</source>
        <translation>สแกนบัตรไม่ได้ใช่ไหม?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="114"/>
        <source>Type your producer number (on your card) and your website password.</source>
        <translation>โปรดพิมพ์หมายเลขโปรดิวเซอร์ (บนบัตร) และรหัสผ่านเว็บไซต์ของคุณ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="116"/>
        <source>Producer number</source>
        <translation>หมายเลขโปรดิวเซอร์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="117"/>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="118"/>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="119"/>
        <source>Show my points</source>
        <translation>ดูแต้มของฉัน</translation>
    </message>
</context>
<context>
    <name>NameScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/name.py" line="95"/>
        <source>That name is too long: up to %n character(s), please.</source>
        <translation>
            <numerusform>ชื่อยาวเกินไป โปรดใช้ไม่เกิน %n ตัวอักษร</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="98"/>
        <source>Emoji can&apos;t be printed on the card. Please use letters.</source>
        <translation>ไม่สามารถพิมพ์อีโมจิบนบัตรได้ โปรดใช้ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="100"/>
        <source>The name contains an invisible character. Please retype it.</source>
        <translation>ชื่อมีอักขระที่มองไม่เห็น โปรดพิมพ์ใหม่</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="102"/>
        <source>&quot;%1&quot; can&apos;t be used. Please use katakana or Latin letters.</source>
        <translation>ใช้ &quot;%1&quot; ไม่ได้ โปรดใช้คาตากานะหรือตัวอักษรละติน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="104"/>
        <source>Please type your name.</source>
        <translation>โปรดพิมพ์ชื่อของคุณ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="108"/>
        <source>What shall we call you?</source>
        <translation>ให้เราเรียกคุณว่าอะไรดี?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/name.py" line="110"/>
        <source>Your producer name goes on your card. Katakana or Latin letters, up to %n character(s).</source>
        <translation>
            <numerusform>ชื่อโปรดิวเซอร์จะพิมพ์บนบัตร ใช้คาตากานะหรือตัวอักษรละติน ไม่เกิน %n ตัวอักษร</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="112"/>
        <source>Your name</source>
        <translation>ชื่อของคุณ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="113"/>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="114"/>
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
</context>
<context>
    <name>NewPasswordScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="59"/>
        <source>New website password</source>
        <translation>รหัสผ่านเว็บไซต์ใหม่</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="60"/>
        <source>Website login ID</source>
        <translation>ไอดีเข้าสู่ระบบเว็บไซต์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="61"/>
        <source>New initial password</source>
        <translation>รหัสผ่านเริ่มต้นใหม่</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="63"/>
        <source>Shown only now: the old password no longer works here, and on the website after the next sync. Print the slip or let the producer write it down.</source>
        <translation>แสดงครั้งนี้ครั้งเดียว รหัสผ่านเดิมใช้ที่คีออสก์นี้ไม่ได้แล้ว และจะใช้บนเว็บไซต์ไม่ได้หลังการซิงก์ครั้งถัดไป พิมพ์ใบรหัสผ่านหรือให้โปรดิวเซอร์จดไว้</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="65"/>
        <source>Print slip</source>
        <translation>พิมพ์ใบรหัสผ่าน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="66"/>
        <source>Done</source>
        <translation>เสร็จสิ้น</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="208"/>
        <source>Kana</source>
        <translation>คานะ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="209"/>
        <source>Space</source>
        <translation>เว้นวรรค</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="210"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="195"/>
        <source>The two PINs were different. Please choose the PIN again.</source>
        <translation>PIN ทั้งสองครั้งไม่ตรงกัน โปรดตั้ง PIN ใหม่อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="209"/>
        <source>Language of the staff screens</source>
        <translation>ภาษาของหน้าจอพนักงาน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="210"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="212"/>
        <source>Change the staff PIN</source>
        <translation>เปลี่ยน PIN พนักงาน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="214"/>
        <source>Enter the current staff PIN.</source>
        <translation>ใส่ PIN พนักงานปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="215"/>
        <source>Choose the new PIN: 4 to 8 digits, not one digit repeated and not a run like 1234.</source>
        <translation>ตั้ง PIN ใหม่: ตัวเลข 4 ถึง 8 หลัก ห้ามใช้ตัวเลขซ้ำกันทั้งหมดหรือเรียงกันอย่าง 1234</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="219"/>
        <source>Staff PIN</source>
        <translation>PIN พนักงาน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="220"/>
        <source>Enter the staff PIN to open staff mode.</source>
        <translation>ใส่ PIN พนักงานเพื่อเปิดโหมดพนักงาน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="222"/>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="227"/>
        <source>Choose a staff PIN</source>
        <translation>ตั้ง PIN พนักงาน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="224"/>
        <source>No staff PIN is set yet. Choose 4 to 8 digits that customers cannot guess: not one digit repeated and not a run like 1234.</source>
        <translation>ยังไม่ได้ตั้ง PIN พนักงาน เลือกตัวเลข 4 ถึง 8 หลักที่ลูกค้าเดาไม่ได้ ห้ามใช้เลขเดียวซ้ำกันหรือเลขเรียงอย่าง 1234</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="217"/>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="228"/>
        <source>Type the same PIN again to make sure.</source>
        <translation>ใส่ PIN เดิมอีกครั้งเพื่อยืนยัน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="229"/>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
</context>
<context>
    <name>PrintDesk</name>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="103"/>
        <source>use Save as PDF</source>
        <translation>ใช้ &quot;บันทึกเป็น PDF&quot;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/print_desk.py" line="148"/>
        <source>%n card(s) printed.</source>
        <translation>
            <numerusform>พิมพ์บัตรแล้ว %n ใบ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="189"/>
        <source>Test card printed on both sides.</source>
        <translation>พิมพ์บัตรทดสอบทั้งสองด้านแล้ว</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="190"/>
        <source>Test card printed on its front only: this printer cannot print both sides.</source>
        <translation>พิมพ์บัตรทดสอบเฉพาะด้านหน้า: เครื่องพิมพ์นี้พิมพ์สองด้านไม่ได้</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="198"/>
        <source>Printing a test card…</source>
        <translation>กำลังพิมพ์บัตรทดสอบ…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="249"/>
        <source>No card printer: choose one in Settings, or save the card as a PDF.</source>
        <translation>ไม่มีเครื่องพิมพ์บัตร เลือกเครื่องพิมพ์ในการตั้งค่า หรือบันทึกบัตรเป็น PDF</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="241"/>
        <source>Saved as %1</source>
        <translation>บันทึกเป็น %1 แล้ว</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="271"/>
        <source>Slip printed.</source>
        <translation>พิมพ์ใบรหัสผ่านแล้ว</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="283"/>
        <source>No printer for the slip: choose one in Settings.</source>
        <translation>ไม่มีเครื่องพิมพ์สำหรับใบรหัสผ่าน เลือกเครื่องพิมพ์ในการตั้งค่า</translation>
    </message>
</context>
<context>
    <name>PrintQueueScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="116"/>
        <source>Print %n waiting card(s)</source>
        <translation>
            <numerusform>พิมพ์บัตรที่รออยู่ %n ใบ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="117"/>
        <source>No cards in the queue.</source>
        <translation>ไม่มีบัตรในคิว</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="118"/>
        <source>Cards, newest first</source>
        <translation>บัตร (ล่าสุดก่อน)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="128"/>
        <source>card %1</source>
        <translation>บัตรใบที่ %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="171"/>
        <source>Print new card</source>
        <translation>พิมพ์บัตรใหม่</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="181"/>
        <source>Print a card in the new rank colour for %1 (%2)? Their current card stops working at once; points and rank stay.</source>
        <translation>พิมพ์บัตรสีแรงก์ใหม่ให้ %1 (%2) ไหม? บัตรปัจจุบันจะใช้ไม่ได้ทันที แต้มและแรงก์ยังอยู่ครบ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="184"/>
        <source>Print new card for %1</source>
        <translation>พิมพ์บัตรใหม่ให้ %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="203"/>
        <source>waiting</source>
        <translation>รอพิมพ์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="205"/>
        <source>printing…</source>
        <translation>กำลังพิมพ์…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="207"/>
        <source>printed</source>
        <translation>พิมพ์แล้ว</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="209"/>
        <source>cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="210"/>
        <source>failed: %1</source>
        <translation>ล้มเหลว: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="214"/>
        <source>Retry</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="214"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="215"/>
        <source>Reprint</source>
        <translation>พิมพ์ซ้ำ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="215"/>
        <source>Save as PDF</source>
        <translation>บันทึกเป็น PDF</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="219"/>
        <source>Card print queue</source>
        <translation>คิวพิมพ์บัตร</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="220"/>
        <source>no printer chosen</source>
        <translation>ยังไม่ได้เลือกเครื่องพิมพ์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="221"/>
        <source>Card printer: %1 — %2</source>
        <translation>เครื่องพิมพ์บัตร: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="223"/>
        <source>Test print</source>
        <translation>พิมพ์ทดสอบ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="224"/>
        <source>Card upgrade available (new rank colour):</source>
        <translation>บัตรที่เปลี่ยนเป็นสีแรงก์ใหม่ได้:</translation>
    </message>
</context>
<context>
    <name>ProducerDesk</name>
    <message>
        <location filename="../../kiosk/ui/staff/producer_desk.py" line="145"/>
        <source>This code is not a producer card of this café.</source>
        <translation>โค้ดนี้ไม่ใช่บัตรโปรดิวเซอร์ของคาเฟ่นี้</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_desk.py" line="200"/>
        <source>Recorded: +%1 PV. PV now %2.</source>
        <translation>บันทึกแล้ว: +%1 PV ตอนนี้มี %2 PV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_desk.py" line="204"/>
        <source>New rank: %1! Card upgrade available.</source>
        <translation>แรงก์ใหม่: %1! เปลี่ยนเป็นบัตรสีใหม่ได้</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_desk.py" line="216"/>
        <source>Correction saved.</source>
        <translation>บันทึกการแก้ไขแล้ว</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_desk.py" line="233"/>
        <source>New card (generation %1) is in the print queue. The old card no longer works.</source>
        <translation>บัตรใหม่ (รุ่นที่ %1) อยู่ในคิวพิมพ์แล้ว บัตรเก่าใช้ไม่ได้อีกต่อไป</translation>
    </message>
</context>
<context>
    <name>ProducerFlow</name>
    <message>
        <location filename="../../kiosk/ui/producer_flow.py" line="139"/>
        <source>You have already checked in today.</source>
        <translation>วันนี้คุณเช็กอินแล้ว</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/producer_flow.py" line="142"/>
        <source>Welcome! +%n push point(s) for today&apos;s visit.</source>
        <translation>
            <numerusform>ยินดีต้อนรับ! ได้แต้มเชียร์ +%n จากการมาวันนี้</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProducerProblems</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/problems/producer.py" line="20"/>
        <source>Too many wrong tries. Please wait %n minute(s) or ask a staff member.</source>
        <translation>
            <numerusform>ลองผิดหลายครั้งเกินไป โปรดรอ %n นาที หรือติดต่อพนักงาน</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/__init__.py" line="49"/>
        <source>Sorry, the kiosk cannot read its records right now. Please ask a staff member.</source>
        <translation>ขออภัย ขณะนี้คีออสก์อ่านข้อมูลไม่ได้ โปรดติดต่อพนักงาน</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/problems/producer.py" line="24"/>
        <source>You can spend at most %n push point(s) right now.</source>
        <translation>
            <numerusform>ตอนนี้เชียร์ได้สูงสุด %n แต้ม</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="42"/>
        <source>This code is not a producer card.</source>
        <translation>โค้ดนี้ไม่ใช่บัตรโปรดิวเซอร์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="44"/>
        <source>The card could not be read completely. Please hold it still under the scanner and try again.</source>
        <translation>อ่านบัตรได้ไม่ครบ โปรดถือบัตรนิ่ง ๆ ใต้เครื่องสแกนแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="47"/>
        <source>This card was issued by a kiosk that is no longer in service. Please ask a staff member for a new card.</source>
        <translation>บัตรนี้ออกโดยคีออสก์ที่เลิกใช้งานแล้ว โปรดขอบัตรใหม่จากพนักงาน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="50"/>
        <source>This card has been replaced by a newer one. Please use your new card.</source>
        <translation>บัตรนี้ถูกแทนที่ด้วยบัตรใหม่แล้ว โปรดใช้บัตรใหม่ของคุณ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="53"/>
        <source>This card comes from a kiosk this one does not know yet. Please ask a staff member.</source>
        <translation>บัตรนี้ออกโดยคีออสก์ที่คีออสก์นี้ยังไม่รู้จัก โปรดติดต่อพนักงาน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="56"/>
        <source>The producer number or the password is not right. Please try again.</source>
        <translation>หมายเลขโปรดิวเซอร์หรือรหัสผ่านไม่ถูกต้อง โปรดลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="59"/>
        <source>That is not a producer number. Please check the number on your card.</source>
        <translation>นี่ไม่ใช่หมายเลขโปรดิวเซอร์ โปรดตรวจสอบหมายเลขบนบัตร</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="67"/>
        <source>This card is not valid. Please ask a staff member.</source>
        <translation>บัตรนี้ใช้ไม่ได้ โปรดติดต่อพนักงาน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="79"/>
        <source>You do not have enough push points.</source>
        <translation>แต้มเชียร์ของคุณไม่พอ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="81"/>
        <source>This cast member is no longer in the roster.</source>
        <translation>แคสต์คนนี้ไม่อยู่ในรายชื่อแล้ว</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="83"/>
        <source>This push was already saved.</source>
        <translation>การเชียร์นี้บันทึกไว้แล้ว</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="85"/>
        <source>Pushing is paused for this card. Please ask a staff member.</source>
        <translation>บัตรนี้ถูกระงับการเชียร์ชั่วคราว โปรดติดต่อพนักงาน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="89"/>
        <source>Please choose how many push points to give.</source>
        <translation>โปรดเลือกจำนวนแต้มเชียร์ที่จะใช้</translation>
    </message>
</context>
<context>
    <name>PurchaseScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/purchase_screen.py" line="57"/>
        <source>%1 earns %2 PV</source>
        <translation>%1 ได้ %2 PV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/purchase_screen.py" line="73"/>
        <source>Record a purchase</source>
        <translation>บันทึกการซื้อ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/purchase_screen.py" line="74"/>
        <source>Receipt number</source>
        <translation>เลขที่ใบเสร็จ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/purchase_screen.py" line="75"/>
        <source>Amount (yen)</source>
        <translation>จำนวนเงิน (เยน)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/purchase_screen.py" line="76"/>
        <source>Record</source>
        <translation>บันทึก</translation>
    </message>
</context>
<context>
    <name>PushCelebration</name>
    <message>
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="182"/>
        <source>Back to my page</source>
        <translation>กลับไปหน้าของฉัน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="188"/>
        <source>Thank you for your push!</source>
        <translation>ขอบคุณที่เชียร์!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="192"/>
        <source>%1 × your rank&apos;s multiplier %2 = %3</source>
        <translation>%1 × ตัวคูณแรงก์ %2 = %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="194"/>
        <source>%1 now has %n vote(s) this month.</source>
        <translation>
            <numerusform>เดือนนี้ %1 มี %n โหวตแล้ว</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PushScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/push.py" line="186"/>
        <source>%n vote(s) this month</source>
        <translation>
            <numerusform>เดือนนี้ %n โหวต</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/push.py" line="193"/>
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="205"/>
        <source>%n push point(s)</source>
        <translation>
            <numerusform>แต้มเชียร์ %n แต้ม</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/push.py" line="194"/>
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="201"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n โหวต</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="200"/>
        <source>Push a cast member</source>
        <translation>เชียร์แคสต์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="201"/>
        <source>You have %1 push points. Today you can spend up to %2.</source>
        <translation>คุณมีแต้มเชียร์ %1 แต้ม วันนี้ใช้ได้สูงสุด %2 แต้ม</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="204"/>
        <source>Search by name</source>
        <translation>ค้นหาด้วยชื่อ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="205"/>
        <source>Keyboard</source>
        <translation>แป้นพิมพ์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="206"/>
        <source>No cast member matches.</source>
        <translation>ไม่พบแคสต์ที่ตรงกัน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="207"/>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="208"/>
        <source>Push!</source>
        <translation>เชียร์!</translation>
    </message>
</context>
<context>
    <name>RankingBoardPanel</name>
    <message>
        <location filename="../../kiosk/ui/widgets/ranking_board.py" line="116"/>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/ranking_board.py" line="118"/>
        <source>Cast ranking · %1</source>
        <translation>อันดับแคสต์ · %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/ranking_board.py" line="123"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n โหวต</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/ranking_board.py" line="124"/>
        <source>As of %1</source>
        <translation>ข้อมูล ณ %1</translation>
    </message>
</context>
<context>
    <name>RegistrationFailure</name>
    <message>
        <location filename="../../kiosk/ui/problems/registration.py" line="24"/>
        <source>This registration was already saved. Please ask a staff member for your card.</source>
        <translation>การลงทะเบียนนี้บันทึกไว้แล้ว โปรดขอรับบัตรจากพนักงาน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/registration.py" line="27"/>
        <source>Please go back and check your name.</source>
        <translation>โปรดย้อนกลับไปตรวจสอบชื่อของคุณ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/registration.py" line="31"/>
        <source>Sorry, the kiosk&apos;s storage is full, so nothing was saved. Please ask a staff member.</source>
        <translation>ขออภัย พื้นที่เก็บข้อมูลของคีออสก์เต็ม จึงไม่ได้บันทึกสิ่งใด โปรดติดต่อพนักงาน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/registration.py" line="33"/>
        <source>Sorry, the kiosk cannot save right now, so nothing was saved. Please ask a staff member.</source>
        <translation>ขออภัย ขณะนี้คีออสก์บันทึกข้อมูลไม่ได้ จึงไม่ได้บันทึกสิ่งใด โปรดติดต่อพนักงาน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/registration.py" line="36"/>
        <source>Sorry, something went wrong and nothing was saved. Please ask a staff member.</source>
        <translation>ขออภัย เกิดข้อผิดพลาดและไม่ได้บันทึกสิ่งใด โปรดติดต่อพนักงาน</translation>
    </message>
</context>
<context>
    <name>SettingsDesk</name>
    <message>
        <location filename="../../kiosk/ui/staff/settings_desk.py" line="99"/>
        <source>Settings saved.</source>
        <translation>บันทึกการตั้งค่าแล้ว</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_desk.py" line="104"/>
        <source>Not saved: %1 — %2</source>
        <translation>ไม่ได้บันทึก: %1 — %2</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="113"/>
        <source>%1 (not found)</source>
        <translation>%1 (ไม่พบ)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="175"/>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="176"/>
        <source>s</source>
        <translation>วินาที</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="181"/>
        <source>Café name (on new cards)</source>
        <translation>ชื่อคาเฟ่ (บนบัตรใหม่)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="182"/>
        <source>Customer screens close after</source>
        <translation>ปิดหน้าจอลูกค้าหลังจาก</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="183"/>
        <source>Balance screen closes after</source>
        <translation>ปิดหน้าจอแต้มหลังจาก</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="184"/>
        <source>Staff mode closes after</source>
        <translation>ปิดโหมดพนักงานหลังจาก</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="185"/>
        <source>Languages offered</source>
        <translation>ภาษาที่ให้เลือก</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="186"/>
        <source>Default language</source>
        <translation>ภาษาเริ่มต้น</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="187"/>
        <source>Screen orientation</source>
        <translation>การวางแนวหน้าจอ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="188"/>
        <source>Card printer</source>
        <translation>เครื่องพิมพ์บัตร</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="189"/>
        <source>Password slip printer</source>
        <translation>เครื่องพิมพ์ใบรหัสผ่าน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="190"/>
        <source>Slip paper</source>
        <translation>กระดาษใบรหัสผ่าน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="191"/>
        <source>Printing</source>
        <translation>การพิมพ์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="192"/>
        <source>Café logo (on new cards)</source>
        <translation>โลโก้คาเฟ่ (บนบัตรใหม่)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="193"/>
        <source>Scanner: most time between characters</source>
        <translation>สแกนเนอร์: เวลาห่างสูงสุดระหว่างตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="194"/>
        <source>Scanner: shortest code</source>
        <translation>สแกนเนอร์: ความยาวโค้ดขั้นต่ำ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="195"/>
        <source>Office</source>
        <translation>สำนักงานใหญ่</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="199"/>
        <source>Follow the screen</source>
        <translation>ตามหน้าจอ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="200"/>
        <source>Portrait</source>
        <translation>แนวตั้ง</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="201"/>
        <source>Landscape</source>
        <translation>แนวนอน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="202"/>
        <source>This machine&apos;s default</source>
        <translation>ค่าเริ่มต้นของเครื่องนี้</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="204"/>
        <source>Same as the card printer</source>
        <translation>เหมือนเครื่องพิมพ์บัตร</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="206"/>
        <source>Receipt roll</source>
        <translation>กระดาษม้วนใบเสร็จ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="207"/>
        <source>Label</source>
        <translation>ฉลาก</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="207"/>
        <source>Card</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="208"/>
        <source>No logo</source>
        <translation>ไม่มีโลโก้</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="210"/>
        <source>Print each new card at once</source>
        <translation>พิมพ์บัตรใหม่ทันที</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="212"/>
        <source>Enrolled at %1</source>
        <translation>ลงทะเบียนกับ %1 แล้ว</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="213"/>
        <source>Not enrolled: this kiosk works offline only. Enrol it with the command: kiosk enrol</source>
        <translation>ยังไม่ได้ลงทะเบียน: คีออสก์นี้ทำงานแบบออฟไลน์เท่านั้น ลงทะเบียนด้วยคำสั่ง kiosk enrol</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="216"/>
        <source>Timeouts, printers, café name and logo apply at once; languages, orientation and scanner timing apply when the kiosk starts next.</source>
        <translation>เวลาปิดหน้าจอ เครื่องพิมพ์ ชื่อคาเฟ่ และโลโก้มีผลทันที ส่วนภาษา การวางแนว และจังหวะสแกนเนอร์จะมีผลเมื่อเปิดคีออสก์ครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="218"/>
        <source>Save settings</source>
        <translation>บันทึกการตั้งค่า</translation>
    </message>
</context>
<context>
    <name>StaffHomeDesk</name>
    <message>
        <location filename="../../kiosk/ui/staff/home_desk.py" line="53"/>
        <source>Staff PIN changed.</source>
        <translation>เปลี่ยน PIN พนักงานแล้ว</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home_desk.py" line="92"/>
        <source>Syncing with the office…</source>
        <translation>กำลังซิงก์กับสำนักงานใหญ่…</translation>
    </message>
</context>
<context>
    <name>StaffHomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="143"/>
        <source>Tap again to quit the kiosk</source>
        <translation>แตะอีกครั้งเพื่อออกจากคีออสก์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="147"/>
        <source>Staff mode</source>
        <translation>โหมดพนักงาน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="149"/>
        <source>Card print queue</source>
        <translation>คิวพิมพ์บัตร</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/home.py" line="152"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>รอ %n ใบ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/home.py" line="154"/>
        <source>%n failed</source>
        <translation>
            <numerusform>ล้มเหลว %n ใบ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="156"/>
        <source>Card printer: %1</source>
        <translation>เครื่องพิมพ์บัตร: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="157"/>
        <source>Find a producer
(purchase, card, password)</source>
        <translation>ค้นหาโปรดิวเซอร์
(การซื้อ บัตร รหัสผ่าน)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="158"/>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="159"/>
        <source>Sync with the office now</source>
        <translation>ซิงก์กับสำนักงานใหญ่ตอนนี้</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="161"/>
        <source>This kiosk is not enrolled at an office: it works offline only. Enrol it with the command: kiosk enrol</source>
        <translation>คีออสก์นี้ยังไม่ได้ลงทะเบียนกับสำนักงานใหญ่ จึงทำงานแบบออฟไลน์เท่านั้น ลงทะเบียนด้วยคำสั่ง kiosk enrol</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="163"/>
        <source>Recent staff actions</source>
        <translation>การดำเนินการล่าสุดของพนักงาน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="164"/>
        <source>Close staff mode</source>
        <translation>ปิดโหมดพนักงาน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="165"/>
        <source>Change PIN</source>
        <translation>เปลี่ยน PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="167"/>
        <source>Quit the kiosk</source>
        <translation>ออกจากคีออสก์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="178"/>
        <source>number %1 was someone else&apos;s: reprint the card</source>
        <translation>หมายเลข %1 เป็นของผู้อื่น: พิมพ์บัตรใหม่</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="181"/>
        <source>login ID was taken: now %1, give a new password slip</source>
        <translation>ไอดีเข้าสู่ระบบซ้ำ: ตอนนี้เป็น %1 ให้ใบรหัสผ่านใหม่</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="184"/>
        <source>staff PIN set</source>
        <translation>ตั้ง PIN พนักงานแล้ว</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="185"/>
        <source>staff PIN changed</source>
        <translation>เปลี่ยน PIN พนักงานแล้ว</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="186"/>
        <source>staff mode opened</source>
        <translation>เปิดโหมดพนักงาน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="187"/>
        <source>wrong staff PIN</source>
        <translation>PIN พนักงานผิด</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="188"/>
        <source>card printed</source>
        <translation>พิมพ์บัตรแล้ว</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="189"/>
        <source>card printing failed</source>
        <translation>พิมพ์บัตรไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="190"/>
        <source>card printing cancelled</source>
        <translation>ยกเลิกการพิมพ์บัตร</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="191"/>
        <source>card queued again</source>
        <translation>เข้าคิวพิมพ์บัตรอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="193"/>
        <source>password slip did not print: give a new password (Find a producer)</source>
        <translation>ใบรหัสผ่านพิมพ์ไม่ออก: ออกรหัสผ่านใหม่ให้ลูกค้า (ค้นหาโปรดิวเซอร์)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="194"/>
        <source>purchase recorded</source>
        <translation>บันทึกการซื้อแล้ว</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="195"/>
        <source>points corrected</source>
        <translation>แก้ไขแต้มแล้ว</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="196"/>
        <source>new card issued</source>
        <translation>ออกบัตรใหม่</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="197"/>
        <source>new website password</source>
        <translation>รหัสผ่านเว็บไซต์ใหม่</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="198"/>
        <source>settings changed</source>
        <translation>เปลี่ยนการตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="199"/>
        <source>kiosk quit by staff</source>
        <translation>พนักงานออกจากคีออสก์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="201"/>
        <source>a record from the office could not be used (reported)</source>
        <translation>ใช้ข้อมูลจากสำนักงานใหญ่ไม่ได้ 1 รายการ (แจ้งแล้ว)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="209"/>
        <source>office refused a check-in: counted today elsewhere</source>
        <translation>สำนักงานใหญ่ปฏิเสธการเช็กอิน: วันนี้นับที่อื่นแล้ว</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="210"/>
        <source>office refused a purchase: receipt used elsewhere</source>
        <translation>สำนักงานใหญ่ปฏิเสธยอดซื้อ: ใบเสร็จถูกใช้ที่อื่นแล้ว</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="211"/>
        <source>office refused a registration: number was taken</source>
        <translation>สำนักงานใหญ่ปฏิเสธการลงทะเบียน: หมายเลขถูกใช้แล้ว</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="212"/>
        <source>office refused an event: number was taken</source>
        <translation>สำนักงานใหญ่ปฏิเสธรายการ: หมายเลขถูกใช้แล้ว</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="213"/>
        <source>office refused a correction: below zero there</source>
        <translation>สำนักงานใหญ่ปฏิเสธการแก้ไข: ยอดที่สำนักงานใหญ่จะติดลบ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="214"/>
        <source>office refused an event: check the kiosk&apos;s clock</source>
        <translation>สำนักงานใหญ่ปฏิเสธรายการ: ตรวจนาฬิกาของคีออสก์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="215"/>
        <source>office refused a push: the card is overdrawn</source>
        <translation>สำนักงานใหญ่ปฏิเสธการเชียร์: บัตรติดลบ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="216"/>
        <source>office refused a push: no such cast member</source>
        <translation>สำนักงานใหญ่ปฏิเสธการเชียร์: ไม่มีแคสต์คนนี้</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="218"/>
        <source>office refused an event (see the log)</source>
        <translation>สำนักงานใหญ่ปฏิเสธรายการ (ดูบันทึก)</translation>
    </message>
</context>
<context>
    <name>StaffMessages</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/problems/staff.py" line="38"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>ใส่ PIN ผิดหลายครั้งเกินไป โปรดรอ %n วินาทีแล้วลองใหม่</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/problems/staff.py" line="41"/>
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>ใส่ PIN ผิดหลายครั้งเกินไป โปรดรอ %n นาทีแล้วลองใหม่</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="50"/>
        <source>Wrong PIN. Please try again.</source>
        <translation>PIN ไม่ถูกต้อง โปรดลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="54"/>
        <source>Choose 4 to 8 digits, not one digit repeated and not a run like 1234.</source>
        <translation>ใช้ตัวเลข 4 ถึง 8 หลัก ห้ามใช้เลขเดียวซ้ำกันหรือเลขเรียงอย่าง 1234</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="57"/>
        <source>A staff PIN was set meanwhile. Please enter it.</source>
        <translation>ระหว่างนี้มีการตั้ง PIN พนักงานแล้ว โปรดใส่ PIN นั้น</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="58"/>
        <source>No staff PIN is set yet.</source>
        <translation>ยังไม่ได้ตั้ง PIN พนักงาน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="70"/>
        <source>This receipt was already recorded. Nothing was added.</source>
        <translation>ใบเสร็จนี้บันทึกไปแล้ว ไม่ได้เพิ่มอะไร</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="72"/>
        <source>This receipt was already recorded on %1 for %2 (%3): %4, +%5 PV. Nothing was added.</source>
        <translation>ใบเสร็จนี้บันทึกไปแล้วเมื่อ %1 ให้ %2 (%3): %4, +%5 PV ไม่ได้เพิ่มอะไร</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="77"/>
        <source>That is not a receipt number from the till. Please check it on the receipt.</source>
        <translation>นี่ไม่ใช่เลขที่ใบเสร็จจากแคชเชียร์ โปรดตรวจสอบบนใบเสร็จ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="80"/>
        <source>The amount must be more than 0 yen.</source>
        <translation>จำนวนเงินต้องมากกว่า 0 เยน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="82"/>
        <source>That is more than one bill can be (at most %1). Please check the amount.</source>
        <translation>มากเกินกว่าที่บิลเดียวจะเป็นได้ (สูงสุด %1) โปรดตรวจสอบจำนวนเงิน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="85"/>
        <source>This correction would take the producer&apos;s points below zero. Nothing was changed.</source>
        <translation>การแก้ไขนี้จะทำให้แต้มของโปรดิวเซอร์ติดลบ ไม่ได้เปลี่ยนแปลงอะไร</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="88"/>
        <source>A correction can change at most %1 points at once.</source>
        <translation>แก้ไขได้ครั้งละไม่เกิน %1 แต้ม</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="90"/>
        <source>A correction needs a change in PV or push points, and a reason.</source>
        <translation>การแก้ไขต้องมีการเปลี่ยน PV หรือแต้มเชียร์ และต้องมีเหตุผล</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="99"/>
        <source>That card cannot be printed from here (it was replaced, or issued at another kiosk). Replace the card instead.</source>
        <translation>พิมพ์บัตรนี้จากที่นี่ไม่ได้ (ถูกแทนที่แล้ว หรือออกจากคีออสก์อื่น) โปรดเปลี่ยนบัตรแทน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="117"/>
        <source>The slip printer offers no page for the chosen slip paper: change the slip paper in Settings.</source>
        <translation>เครื่องพิมพ์ใบรหัสผ่านไม่มีขนาดหน้าสำหรับกระดาษที่เลือก: เปลี่ยนกระดาษใบรหัสผ่านในการตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="120"/>
        <source>still printing: the printer has not finished yet; see the print queue</source>
        <translation>ยังพิมพ์อยู่: เครื่องพิมพ์ยังพิมพ์ไม่เสร็จ ดูที่คิวการพิมพ์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="122"/>
        <location filename="../../kiosk/ui/problems/staff.py" line="137"/>
        <source>the printer did not print it: %1</source>
        <translation>เครื่องพิมพ์ไม่ได้พิมพ์: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="126"/>
        <source>The file could not be written. Check that the disk has space.</source>
        <translation>เขียนไฟล์ไม่ได้ ตรวจสอบว่าดิสก์มีพื้นที่ว่าง</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="143"/>
        <source>cards running low</source>
        <translation>บัตรใกล้หมด</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="144"/>
        <source>ribbon running low</source>
        <translation>ริบบิ้นใกล้หมด</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="150"/>
        <source>ready</source>
        <translation>พร้อม</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="151"/>
        <source>no printer by that name: choose the card printer in Settings</source>
        <translation>ไม่มีเครื่องพิมพ์ชื่อนี้: เลือกเครื่องพิมพ์บัตรในการตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="153"/>
        <source>this printer offers no card size: choose the card printer in Settings</source>
        <translation>เครื่องพิมพ์นี้ไม่มีขนาดบัตร: เลือกเครื่องพิมพ์บัตรในการตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="156"/>
        <source>paused: resume the printer in the printer settings, then retry</source>
        <translation>หยุดชั่วคราว: สั่งให้เครื่องพิมพ์ทำงานต่อในการตั้งค่าเครื่องพิมพ์ แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="158"/>
        <source>not accepting jobs: set the printer to accept jobs, then retry</source>
        <translation>ไม่รับงาน: ตั้งให้เครื่องพิมพ์รับงาน แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="160"/>
        <source>out of cards: load blank cards, then retry</source>
        <translation>บัตรหมด: ใส่บัตรเปล่า แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="162"/>
        <source>ribbon used up: put in a new ribbon, then retry</source>
        <translation>ริบบิ้นหมด: ใส่ริบบิ้นใหม่ แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="164"/>
        <source>cover open: close the printer&apos;s cover, then retry</source>
        <translation>ฝาเปิดอยู่: ปิดฝาเครื่องพิมพ์ แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="166"/>
        <source>card jammed: open the printer, take the card out, then retry</source>
        <translation>บัตรติด: เปิดเครื่องพิมพ์และนำบัตรออก แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="168"/>
        <source>offline: check the printer&apos;s power and cable, then retry</source>
        <translation>ออฟไลน์: ตรวจสอบไฟและสายของเครื่องพิมพ์ แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="170"/>
        <source>the print service is not running: restart the kiosk PC</source>
        <translation>บริการพิมพ์ไม่ทำงาน: รีสตาร์ทคอมพิวเตอร์ของคีออสก์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="182"/>
        <source>The kiosk&apos;s storage is full: nothing was saved. Free some space.</source>
        <translation>พื้นที่เก็บข้อมูลของคีออสก์เต็ม จึงไม่ได้บันทึกสิ่งใด โปรดเพิ่มพื้นที่ว่าง</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="184"/>
        <source>The kiosk cannot use its records right now: nothing was saved.</source>
        <translation>ขณะนี้คีออสก์ใช้ข้อมูลของตัวเองไม่ได้ จึงไม่ได้บันทึกสิ่งใด</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="187"/>
        <source>Something went wrong and nothing was saved. The details are in the log.</source>
        <translation>เกิดข้อผิดพลาดและไม่ได้บันทึกสิ่งใด ดูรายละเอียดได้ในล็อก</translation>
    </message>
</context>
<context>
    <name>StaffProducerScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="146"/>
        <source>Stop the old password and issue a new one</source>
        <translation>ยกเลิกรหัสผ่านเดิมและออกรหัสผ่านใหม่</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="153"/>
        <source>Card %1 (generation %2) stops working at once, wherever it is. A new card goes to the print queue; the points stay with the producer.</source>
        <translation>บัตร %1 (รุ่นที่ %2) จะใช้ไม่ได้ทันที ไม่ว่าจะอยู่ที่ใด บัตรใหม่จะเข้าคิวพิมพ์ ส่วนแต้มยังอยู่กับโปรดิวเซอร์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="157"/>
        <source>Revoke card %1 and print a new one</source>
        <translation>ยกเลิกบัตร %1 และพิมพ์บัตรใหม่</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="169"/>
        <source>Producer</source>
        <translation>โปรดิวเซอร์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="175"/>
        <source>Producer number: %1</source>
        <translation>หมายเลขโปรดิวเซอร์: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="176"/>
        <source>Rank: %1</source>
        <translation>แรงก์: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="177"/>
        <source>PV: %1 · Push points: %2</source>
        <translation>PV: %1 · แต้มเชียร์: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="179"/>
        <source>Card: generation %1</source>
        <translation>บัตร: รุ่นที่ %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="183"/>
        <source>Card upgrade available: the card shows an older rank&apos;s colour. Replace it with &quot;New rank colour&quot;.</source>
        <translation>เปลี่ยนบัตรได้: บัตรยังเป็นสีของแรงก์เดิม เปลี่ยนบัตรด้วย &quot;สีแรงก์ใหม่&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="185"/>
        <source>Record a purchase</source>
        <translation>บันทึกการซื้อ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="186"/>
        <source>Correct points</source>
        <translation>แก้ไขแต้ม</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="187"/>
        <source>Replace the card</source>
        <translation>เปลี่ยนบัตร</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="188"/>
        <source>New website password</source>
        <translation>รหัสผ่านเว็บไซต์ใหม่</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="190"/>
        <source>Why is the card replaced? The old card stops working at once; the points stay with the producer.</source>
        <translation>เปลี่ยนบัตรเพราะอะไร? บัตรเก่าจะใช้ไม่ได้ทันที ส่วนแต้มยังอยู่กับโปรดิวเซอร์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="144"/>
        <source>Issue a new website password? The old password stops working at once.</source>
        <translation>ออกรหัสผ่านเว็บไซต์ใหม่หรือไม่? รหัสผ่านเดิมจะใช้ไม่ได้ทันที</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="192"/>
        <source>Lost</source>
        <translation>หาย</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="192"/>
        <source>Damaged</source>
        <translation>ชำรุด</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="193"/>
        <source>New rank colour</source>
        <translation>สีแรงก์ใหม่</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/base.py" line="66"/>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/base.py" line="67"/>
        <source>Staff mode</source>
        <translation>โหมดพนักงาน</translation>
    </message>
</context>
<context>
    <name>StayTexts</name>
    <message>
        <location filename="../../kiosk/ui/screens/stay_text.py" line="16"/>
        <source>Checked in at %1. Your first period ends at %2.</source>
        <translation>เช็กอินเวลา %1 ช่วงแรกของคุณสิ้นสุดเวลา %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/stay_text.py" line="18"/>
        <source>Each further %1 minutes cost %2 with at least %n order(s).</source>
        <translation>
            <numerusform>ทุก ๆ %1 นาทีถัดไปราคา %2 และโปรดสั่งอย่างน้อย %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/stay_text.py" line="21"/>
        <source>Please tell a cast member %n minute(s) before you leave.</source>
        <translation>
            <numerusform>โปรดแจ้งแคสต์ %n นาทีก่อนกลับ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/stay_text.py" line="22"/>
        <source>Next stage show: %1</source>
        <translation>การแสดงบนเวทีรอบถัดไป: %1</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../../kiosk/ui/widgets/step_header.py" line="28"/>
        <source>Step %1 of %2</source>
        <translation>ขั้นตอนที่ %1 จาก %2</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="55"/>
        <source>● Office online</source>
        <translation>● เชื่อมต่อสำนักงานใหญ่แล้ว</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="55"/>
        <source>○ Office offline</source>
        <translation>○ ไม่ได้เชื่อมต่อสำนักงานใหญ่</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="56"/>
        <source>%n event(s) waiting</source>
        <translation>
            <numerusform>รอส่ง %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="59"/>
        <source>%n refused by the office this week</source>
        <translation>
            <numerusform>สำนักงานใหญ่ปฏิเสธสัปดาห์นี้ %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="61"/>
        <source>last sync %1</source>
        <translation>ซิงก์ล่าสุด %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="64"/>
        <source>never synced</source>
        <translation>ยังไม่เคยซิงก์</translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="63"/>
        <source>Terms and privacy</source>
        <translation>ข้อตกลงการใช้งานและนโยบายความเป็นส่วนตัว</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="65"/>
        <source>Your producer card costs %1, paid at the till.</source>
        <translation>ค่าทำบัตรโปรดิวเซอร์ %1 ชำระที่แคชเชียร์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="67"/>
        <source>You earn PV points when you spend, and push points when you visit. Points have no cash value and cannot be exchanged or transferred.</source>
        <translation>คุณจะได้รับแต้ม PV เมื่อใช้จ่าย และแต้มเชียร์เมื่อมาที่ร้าน แต้มไม่มีมูลค่าเป็นเงินสด และไม่สามารถแลกหรือโอนได้</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="69"/>
        <source>We keep your producer name, your producer number, your website login and your points history. We do not ask for your real name, address or payment details.</source>
        <translation>เราเก็บชื่อโปรดิวเซอร์ หมายเลขโปรดิวเซอร์ ข้อมูลเข้าสู่ระบบเว็บไซต์ และประวัติแต้มของคุณ เราไม่ขอชื่อจริง ที่อยู่ หรือข้อมูลการชำระเงิน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="72"/>
        <source>This information is stored on this kiosk and on our own server, only to run the producer system.</source>
        <translation>ข้อมูลนี้เก็บไว้ในคีออสก์นี้และเซิร์ฟเวอร์ของเราเอง เพื่อใช้ดำเนินระบบโปรดิวเซอร์เท่านั้น</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="74"/>
        <source>The QR code on your card holds only a signed card number: no name, no points, no password.</source>
        <translation>คิวอาร์โค้ดบนบัตรมีเพียงหมายเลขบัตรที่ลงนามแล้ว ไม่มีชื่อ แต้ม หรือรหัสผ่าน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="76"/>
        <source>Your producer name may appear in the café and on the website&apos;s rankings.</source>
        <translation>ชื่อโปรดิวเซอร์ของคุณอาจแสดงในคาเฟ่และในอันดับบนเว็บไซต์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="78"/>
        <source>You can ask the staff at any time to show or delete your data.</source>
        <translation>คุณขอให้พนักงานแสดงหรือลบข้อมูลของคุณได้ทุกเมื่อ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="82"/>
        <source>I agree to the terms of use and the privacy policy</source>
        <translation>ฉันยอมรับข้อตกลงการใช้งานและนโยบายความเป็นส่วนตัว</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="56"/>
        <source>Welcome to the café!</source>
        <translation>ยินดีต้อนรับสู่คาเฟ่!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="57"/>
        <source>Choose your language</source>
        <translation>เลือกภาษาของคุณ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="59"/>
        <source>First visit? Become a producer: get your own producer card and vote for your favourite cast member.</source>
        <translation>มาครั้งแรกใช่ไหม? มาเป็นโปรดิวเซอร์ รับบัตรโปรดิวเซอร์ของคุณเอง แล้วโหวตให้แคสต์คนโปรด</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="61"/>
        <source>Become a producer</source>
        <translation>สมัครโปรดิวเซอร์</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="62"/>
        <source>Larger text and high contrast</source>
        <translation>ตัวอักษรใหญ่ขึ้นและสีตัดกันชัดเจน</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="63"/>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="64"/>
        <source>Have a card that won&apos;t scan? Log in with your number</source>
        <translation>สแกนบัตรไม่ได้ใช่ไหม? เข้าสู่ระบบด้วยหมายเลข</translation>
    </message>
</context>
</TS>
