<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>PickupScreen</name>
    <message numerus="yes">
        <source>Hello %1 · %n item(s)</source>
        <translation>
            <numerusform>Hello %1 · %n item</numerusform>
            <numerusform>Hello %1 · %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ok::PickupCounter</name>
    <message numerus="yes">
        <source>Order %1 handed over; %n refused item(s) will be refunded</source>
        <translation>
            <numerusform>Order %1 handed over; %n refused item will be refunded</numerusform>
            <numerusform>Order %1 handed over; %n refused items will be refunded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order %1 can be collected %n more day(s)</source>
        <translation>
            <numerusform>Order %1 can be collected %n more day</numerusform>
            <numerusform>Order %1 can be collected %n more days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ok::PickupDesk</name>
    <message numerus="yes">
        <source>Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Please wait %n second before trying again.</numerusform>
            <numerusform>Please wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ok::StaffAuth</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left before a lock.</source>
        <translation>
            <numerusform>Wrong PIN. %n attempt left before a lock.</numerusform>
            <numerusform>Wrong PIN. %n attempts left before a lock.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ok::TerminalInfo</name>
    <message numerus="yes">
        <source>%n event(s) waiting to be sent, the oldest for %1 min.</source>
        <translation>
            <numerusform>%n event waiting to be sent, for %1 min.</numerusform>
            <numerusform>%n events waiting to be sent, the oldest for %1 min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) refused by the central service: see the staff screen.</source>
        <translation>
            <numerusform>%n event refused by the central service: see the staff screen.</numerusform>
            <numerusform>%n events refused by the central service: see the staff screen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ok::Ticket</name>
    <message numerus="yes">
        <source>%n item(s), %1</source>
        <translation>
            <numerusform>%n item, %1</numerusform>
            <numerusform>%n items, %1</numerusform>
        </translation>
    </message>
</context>
</TS>
