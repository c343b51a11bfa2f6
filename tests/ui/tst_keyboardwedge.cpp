// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/keyboardwedge.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWindow>

using ok::KeyboardWedge;

/// A window that records the text of the key presses that reach it (what a field would get).
class RecordingWindow : public QWindow
{
public:
    QString typed;
    int enters = 0;

protected:
    void keyPressEvent(QKeyEvent *e) override
    {
        if (e->key() == Qt::Key_Return)
            ++enters;
        else
            typed += e->text();
    }
};

class TestKeyboardWedge : public QObject
{
    Q_OBJECT

    qint64 m_now = 0;

    /// Send `text` as key presses and releases, `gapMs` apart on the injected clock; Enter at the end if asked.
    void type(KeyboardWedge &w, RecordingWindow &win, const QString &text, int gapMs, bool enter)
    {
        for (QChar c : text) {
            m_now += gapMs;
            if (gapMs > 50)
                w.flush(); // what the gap timer would have done meanwhile
            const int key = c.isDigit() ? Qt::Key_0 + c.digitValue() : Qt::Key_A + (c.toUpper().unicode() - 'A');
            QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(c));
            QGuiApplication::sendEvent(&win, &press);
            QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(c));
            QGuiApplication::sendEvent(&win, &release);
        }
        if (enter) {
            m_now += gapMs;
            QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
            QGuiApplication::sendEvent(&win, &press);
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
            QGuiApplication::sendEvent(&win, &release);
        }
    }

private Q_SLOTS:
    void fastBurstWithEnterIsAScanAndNeverReachesTheField()
    {
        KeyboardWedge w(50, 6);
        w.setClock([this] { return m_now; });
        qApp->installEventFilter(&w);
        RecordingWindow win;
        QSignalSpy spy(&w, &KeyboardWedge::scanned);
        type(w, win, QStringLiteral("5901234123457"), 8, true);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("5901234123457"));
        QCOMPARE(win.typed, QString());
        QCOMPARE(win.enters, 0);
        qApp->removeEventFilter(&w);
    }

    void slowTypingReachesTheFieldInOrder()
    {
        KeyboardWedge w(50, 6);
        w.setClock([this] { return m_now; });
        qApp->installEventFilter(&w);
        RecordingWindow win;
        QSignalSpy spy(&w, &KeyboardWedge::scanned);
        type(w, win, QStringLiteral("mleko12"), 120, true);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(win.typed, QStringLiteral("mleko12"));
        QCOMPARE(win.enters, 1);
        qApp->removeEventFilter(&w);
    }

    void shortFastBurstIsTyping()
    {
        // A fast typist hitting "12" + Enter: too short to be a barcode.
        KeyboardWedge w(50, 6);
        w.setClock([this] { return m_now; });
        qApp->installEventFilter(&w);
        RecordingWindow win;
        QSignalSpy spy(&w, &KeyboardWedge::scanned);
        type(w, win, QStringLiteral("12"), 10, true);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(win.typed, QStringLiteral("12"));
        QCOMPARE(win.enters, 1);
        qApp->removeEventFilter(&w);
    }

    void fastBurstWithoutEnterIsReplayedAfterTheGap()
    {
        KeyboardWedge w(50, 6);
        w.setClock([this] { return m_now; });
        qApp->installEventFilter(&w);
        RecordingWindow win;
        type(w, win, QStringLiteral("abcdefgh"), 5, false);
        QCOMPARE(win.typed, QString()); // still held: might become a scan
        QTRY_COMPARE_WITH_TIMEOUT(win.typed, QStringLiteral("abcdefgh"), 1000); // the real gap timer fires
        qApp->removeEventFilter(&w);
    }

    void anEndlessBurstIsDroppedNotHeldOrTyped()
    {
        // A stuck key or a device typing without end: past kMaxScanLength the keys are dropped
        // (memory stays bounded), nothing reaches the field, and the wedge says why.
        KeyboardWedge w(50, 6);
        w.setClock([this] { return m_now; });
        qApp->installEventFilter(&w);
        RecordingWindow win;
        QSignalSpy spy(&w, &KeyboardWedge::scanned);
        QSignalSpy failed(&w, &KeyboardWedge::scanFailed);
        type(w, win, QString(KeyboardWedge::kMaxScanLength + 500, QLatin1Char('7')), 2, true);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(win.typed, QString());
        QCOMPARE(win.enters, 0);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("stuck")));
        // The next scan is read as usual.
        type(w, win, QStringLiteral("5901234123457"), 8, true);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("5901234123457"));
        qApp->removeEventFilter(&w);
    }

    void disabledPassesEverything()
    {
        KeyboardWedge w(50, 6);
        w.setClock([this] { return m_now; });
        w.setEnabled(false);
        qApp->installEventFilter(&w);
        RecordingWindow win;
        QSignalSpy spy(&w, &KeyboardWedge::scanned);
        type(w, win, QStringLiteral("5901234123457"), 5, true);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(win.typed, QStringLiteral("5901234123457"));
        qApp->removeEventFilter(&w);
    }
};

QTEST_MAIN(TestKeyboardWedge)
#include "tst_keyboardwedge.moc"
