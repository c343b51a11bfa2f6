// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/scanner/keyboarddecoder.h"
#include "drivers/scanner/scanerror.h"
#include "drivers/scanner/scanparser.h"
#include "keystream.h"
#include "scansummary.h"

#include <QTest>

using namespace ok::scanner;
using ok::scanner::test::KeyStream;

namespace {

struct Outcome {
    QList<QByteArray> scans;
    QList<ok::Error> errors;
    QStringList order; // "scan" / error code, in the order they came out
};

Outcome decode(const QList<input_event> &events, KeyboardDecoder decoder = KeyboardDecoder())
{
    Outcome o;
    for (const input_event &e : events) {
        if (auto r = decoder.feed(e)) {
            if (*r) {
                o.scans.append(r->value());
                o.order.append(QStringLiteral("scan"));
            } else {
                o.errors.append(r->error());
                o.order.append(r->error().code);
            }
        }
    }
    return o;
}

const QDate kToday(2025, 6, 15);

} // namespace

class TestKeyboardDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printableAscii()
    {
        // Every character of the US keyboard, shifted and not.
        const QByteArray all
            = "1234567890-=qwertyuiop[]asdfghjkl;'`\\zxcvbnm,./ !@#$%^&*()_+QWERTYUIOP{}ASDFGHJKL:\"~|ZXCVBNM<>?\t";
        KeyStream s;
        s.type(all);
        const Outcome o = decode(s.events());
        QCOMPARE(o.errors.size(), 0);
        QCOMPARE(o.scans, QList<QByteArray> { all });
    }

    void keyCodesNotDesktopLayout()
    {
        // On a German desktop KEY_Y types 'z' and KEY_SEMICOLON types 'ö'; the decoder uses the US
        // meaning of the key codes whatever the desktop does.
        KeyStream s;
        s.tap(KEY_Y);
        s.tap(KEY_Z);
        s.tap(KEY_SEMICOLON);
        s.withModifier(KEY_RIGHTSHIFT, KEY_2);
        s.tap(KEY_ENTER);
        QCOMPARE(decode(s.events()).scans, QList<QByteArray> { "yz;@" });
    }

    void devicesVectorWithCtrlBracketAsGs()
    {
        const QByteArray scan = "]C1"
                                "0109501101530003"
                                "17251231"
                                "10ABC"
                                "\x1d"
                                "3103001250";
        KeyStream s;
        s.type(scan);
        const Outcome o = decode(s.events());
        QCOMPARE(o.scans, QList<QByteArray> { scan });
        // ... and the parser reads it.
        ScannerConfig c;
        c.aimIdentifiers = true;
        const auto r = ScanParser(c).parse(o.scans.value(0), kToday);
        QVERIFY(r.ok());
        QCOMPARE(test::summary(r.value()),
            QStringLiteral("kind=Gs1 sym=GS1-128 aim=]C1 gtin=09501101530003 lot=ABC exp=2025-12-31 g=1250"));
    }

    void gsReplacementPassesThroughToTheParser()
    {
        // The wedge types '~' (Shift+`) for GS; the decoder hands over '~', the parser restores GS.
        KeyStream s;
        s.type("]C1"
               "0109501101530003"
               "10ABC~3103001250");
        const Outcome o = decode(s.events());
        QCOMPARE(o.scans,
            QList<QByteArray> { "]C1"
                                "0109501101530003"
                                "10ABC~3103001250" });
        ScannerConfig c;
        c.aimIdentifiers = true;
        c.gsReplacement = '~';
        const auto r = ScanParser(c).parse(o.scans.value(0), kToday);
        QVERIFY(r.ok());
        QCOMPARE(r->gs1.lot, QStringLiteral("ABC"));
        QCOMPARE(r->gs1.netWeightGrams, std::optional<qint64>(1250));
    }

    void altKeypadCodes()
    {
        // Alt+0029 = GS, Alt+65 = 'A'.
        KeyStream s;
        s.tap(KEY_1);
        s.key(KEY_LEFTALT, 1);
        for (quint16 k : { KEY_KP0, KEY_KP0, KEY_KP2, KEY_KP9 })
            s.tap(k);
        s.key(KEY_LEFTALT, 0);
        s.key(KEY_LEFTALT, 1);
        s.tap(KEY_KP6);
        s.tap(KEY_KP5);
        s.key(KEY_LEFTALT, 0);
        s.tap(KEY_ENTER);
        QCOMPARE(decode(s.events()).scans,
            QList<QByteArray> { "1\x1d"
                                "A" });
    }

    void ctrlCharacters()
    {
        // Ctrl+B = STX (0x02), Ctrl+M = CR, Ctrl+Shift+6 = RS (0x1E), Ctrl+Shift+- = US (0x1F).
        KeyStream s;
        s.withModifier(KEY_RIGHTCTRL, KEY_B);
        s.tap(KEY_X);
        s.withModifier(KEY_LEFTCTRL, KEY_M);
        s.key(KEY_LEFTCTRL, 1);
        s.withModifier(KEY_LEFTSHIFT, KEY_6);
        s.withModifier(KEY_LEFTSHIFT, KEY_MINUS);
        s.key(KEY_LEFTCTRL, 0);
        s.tap(KEY_ENTER);
        QCOMPARE(decode(s.events()).scans, QList<QByteArray> { "\x02x\r\x1e\x1f" });
    }

    void capsLockAndKeypad()
    {
        KeyStream s;
        s.tap(KEY_CAPSLOCK);
        s.tap(KEY_A);
        s.withModifier(KEY_LEFTSHIFT, KEY_B); // Shift with Caps Lock: lower case
        s.tap(KEY_1); // Caps Lock does not shift digits
        s.tap(KEY_CAPSLOCK);
        s.tap(KEY_C);
        s.tap(KEY_NUMLOCK);
        for (quint16 k : { KEY_KP7, KEY_KPDOT, KEY_KP0, KEY_KPMINUS, KEY_KPPLUS, KEY_KPASTERISK, KEY_KPSLASH })
            s.tap(k);
        s.tap(KEY_KPENTER);
        QCOMPARE(decode(s.events()).scans, QList<QByteArray> { "Ab1c7.0-+*/" });
    }

    void autorepeatTypesAgain()
    {
        KeyStream s;
        s.key(KEY_0, 1);
        s.key(KEY_0, 2);
        s.key(KEY_0, 2);
        s.key(KEY_0, 0);
        s.tap(KEY_ENTER);
        QCOMPARE(decode(s.events()).scans, QList<QByteArray> { "000" });
    }

    void enterAloneIsNoScan()
    {
        KeyStream s;
        s.tap(KEY_ENTER);
        s.tap(KEY_KPENTER);
        const Outcome o = decode(s.events());
        QVERIFY(o.scans.isEmpty());
        QVERIFY(o.errors.isEmpty());
    }

    void unmappedKeyDiscardsThatScanOnly()
    {
        KeyStream s;
        s.type("12", false);
        s.tap(KEY_F5);
        s.type("34");
        s.type("5678");
        const Outcome o = decode(s.events());
        QCOMPARE(o.order, (QStringList { scanErrorCode(ScanError::UnmappedKey), QStringLiteral("scan") }));
        QCOMPARE(o.errors.value(0).message,
            QStringLiteral("key code 63 has no character in the US keymap; the scan was discarded "
                           "(check the scanner's keyboard country setting: use USA)"));
        QCOMPARE(o.scans, QList<QByteArray> { "5678" });
    }

    void scanWithoutEnterIsReportedWhenTheNextBegins()
    {
        KeyStream s;
        s.type("123", false);
        s.pause(1'500'000); // longer than the 1 s gap
        s.type("4006381333931");
        const Outcome o = decode(s.events());
        QCOMPARE(o.order, (QStringList { scanErrorCode(ScanError::IncompleteScan), QStringLiteral("scan") }));
        QCOMPARE(o.errors.value(0).message,
            QStringLiteral(
                "3 characters arrived without the final Enter and the scanner then paused; that scan was discarded"));
        QCOMPARE(o.scans, QList<QByteArray> { "4006381333931" });
    }

    void shortPauseIsStillOneScan()
    {
        KeyStream s;
        s.type("123", false);
        s.pause(900'000);
        s.type("4");
        QCOMPARE(decode(s.events()).scans, QList<QByteArray> { "1234" });
        // A configurable gap: 100 ms splits the same stream.
        const Outcome o = decode(s.events(), KeyboardDecoder(std::chrono::milliseconds(100)));
        QCOMPARE(o.order, (QStringList { scanErrorCode(ScanError::IncompleteScan), QStringLiteral("scan") }));
        QCOMPARE(o.scans, QList<QByteArray> { "4" });
    }

    void synDroppedDiscardsTheScan()
    {
        KeyStream s;
        s.type("12", false);
        s.event(EV_SYN, SYN_DROPPED, 0);
        s.tap(KEY_9); // still before the next SYN_REPORT: ignored (tap ends with one)
        s.type("34");
        const Outcome o = decode(s.events());
        QCOMPARE(o.order, (QStringList { scanErrorCode(ScanError::IncompleteScan), QStringLiteral("scan") }));
        // The KEY_9 press was dropped up to its SYN_REPORT; its release is harmless.
        QCOMPARE(o.scans, QList<QByteArray> { "34" });
    }

    void tooLong()
    {
        KeyStream s(0, 2);
        s.type(QByteArray(KeyboardDecoder::kMaxScanLength + 1, '7'));
        s.type("12");
        const Outcome o = decode(s.events());
        QCOMPARE(o.order, (QStringList { scanErrorCode(ScanError::ScanTooLong), QStringLiteral("scan") }));
        QCOMPARE(o.scans, QList<QByteArray> { "12" });
    }

    void reset()
    {
        KeyboardDecoder d;
        KeyStream s;
        s.key(KEY_LEFTSHIFT, 1);
        s.tap(KEY_A);
        for (const auto &e : s.events())
            QVERIFY(!d.feed(e));
        QVERIFY(d.hasPartialScan());
        d.reset(); // also forgets the held Shift
        QVERIFY(!d.hasPartialScan());
        KeyStream t;
        t.type("a");
        QList<QByteArray> scans;
        for (const auto &e : t.events()) {
            if (auto r = d.feed(e))
                scans.append(r->value());
        }
        QCOMPARE(scans, QList<QByteArray> { "a" });
    }
};

QTEST_GUILESS_MAIN(TestKeyboardDecoder)
#include "tst_keyboarddecoder.moc"
