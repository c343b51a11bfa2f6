// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

class QKeyEvent;

namespace ok {

/// Tells a keyboard-wedge scan from typing, so that a scan never lands in a quantity or search
/// field. Installed as an application event filter (TerminalApp).
///
/// How: printable key presses are held back for at most `maxGapMs`. If the next key comes faster
/// than that, it joins the burst. A burst of at least `minLength` characters ended by Enter is a
/// scan: the keys are swallowed and scanned(code) is emitted. Anything else (a gap longer than
/// maxGapMs, a short burst, a non-printable key) is replayed, in order, to the object that had
/// focus, so typing works as usual with at most one gap of delay.
///
/// A burst longer than kMaxScanLength is no barcode a retailer prints (a full QR code is 7,089
/// digits, a GS1 DataMatrix label far less): a stuck key or a device typing without end. Its keys
/// are dropped, not held without bound and not typed into a field, until a gap or Enter ends
/// it; then scanFailed says what happened (docs/devices.md#d11-keyboard-wedges).
///
/// The timing source is injectable so that tests replay recorded keystroke timings exactly.
class KeyboardWedge : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Scanner)
    QML_SINGLETON
    Q_PROPERTY(bool enabled READ isEnabled WRITE setEnabled NOTIFY enabledChanged)
    Q_PROPERTY(QString lastScan READ lastScan NOTIFY scanned)

public:
    // Deliberately not default-constructible: Qt 6.4 would then construct its own instance for QML
    // instead of calling create(), and QML would listen to a wedge that never sees a key.
    KeyboardWedge(int maxGapMs, int minLength, QObject *parent = nullptr);
    static constexpr qsizetype kMaxScanLength = 8192;
    ~KeyboardWedge() override;

    static void setInstance(KeyboardWedge *instance);
    static KeyboardWedge *create(QQmlEngine *, QJSEngine *);

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool on);
    QString lastScan() const { return m_lastScan; }

    /// For tests: use this clock (milliseconds) instead of the monotonic timer.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    /// Replay held keys now (what the gap timer does).
    void flush();
    /// A scan from a scanner device (serial, evdev): delivered to QML like a wedge scan.
    void deliver(const QString &code);
    /// A scan from a device that failed validation: QML shows the reason.
    void deliverFailure(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void scanned(const QString &code);
    void scanFailed(const QString &message);
    void enabledChanged();

private:
    void endOverflow();
    struct Held {
        QPointer<QObject> target;
        std::unique_ptr<QKeyEvent> press;
    };
    void replay();
    qint64 now() const;

    int m_maxGapMs;
    int m_minLength;
    bool m_enabled = true;
    bool m_replaying = false;
    bool m_swallowEnterRelease = false;
    bool m_overflow = false; ///< dropping the keys of a burst over kMaxScanLength
    QString m_buffer;
    std::vector<Held> m_held;
    qint64 m_lastKeyAt = 0;
    QTimer m_gapTimer;
    QElapsedTimer m_elapsed;
    std::function<qint64()> m_clock;
    QString m_lastScan;
};

} // namespace ok
