// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/keyboardwedge.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWedge, "omnikiosk.ui.scanner", QtInfoMsg)

namespace ok {

namespace {
KeyboardWedge *s_instance = nullptr;

bool isScanChar(const QKeyEvent *e)
{
    if (e->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const QString t = e->text();
    return t.size() == 1 && t.at(0).isPrint();
}

bool isEnter(const QKeyEvent *e)
{
    return e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter;
}
} // namespace

KeyboardWedge::KeyboardWedge(int maxGapMs, int minLength, QObject *parent)
    : QObject(parent)
    , m_maxGapMs(maxGapMs)
    , m_minLength(minLength)
{
    m_elapsed.start();
    m_gapTimer.setSingleShot(true);
    m_gapTimer.setInterval(maxGapMs);
    connect(&m_gapTimer, &QTimer::timeout, this, &KeyboardWedge::flush);
}

KeyboardWedge::~KeyboardWedge()
{
    if (s_instance == this)
        s_instance = nullptr;
}

void KeyboardWedge::setInstance(KeyboardWedge *instance)
{
    s_instance = instance;
}

KeyboardWedge *KeyboardWedge::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void KeyboardWedge::setEnabled(bool on)
{
    if (on == m_enabled)
        return;
    m_enabled = on;
    if (!on)
        flush();
    Q_EMIT enabledChanged();
}

qint64 KeyboardWedge::now() const
{
    return m_clock ? m_clock() : m_elapsed.elapsed();
}

bool KeyboardWedge::eventFilter(QObject *watched, QEvent *event)
{
    // Qt delivers a key event to the window first, and the window hands it to the focused item.
    // We look only at the window stop: what we hold back there never reaches any item, and what
    // we replay goes to the window again, which routes it to whatever has focus.
    if (m_replaying || !m_enabled || !watched->isWindowType())
        return false;
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::KeyRelease)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);

    if (event->type() == QEvent::KeyRelease) {
        if (m_swallowEnterRelease && isEnter(key)) {
            m_swallowEnterRelease = false;
            return true;
        }
        return !m_held.empty(); // releases of held keys are synthesised on replay
    }

    const qint64 t = now();
    if (!m_held.empty() && t - m_lastKeyAt > m_maxGapMs)
        flush(); // the burst ended with a pause: it was typing
    if (m_overflow && (t - m_lastKeyAt > m_maxGapMs || isEnter(key))) {
        endOverflow();
        if (isEnter(key)) { // the overlong burst's own Enter
            m_swallowEnterRelease = true;
            return true;
        }
    }
    if (m_overflow) {
        m_lastKeyAt = t;
        m_gapTimer.start();
        return true;
    }

    if (isEnter(key)) {
        if (!m_held.empty() && m_buffer.size() >= m_minLength) {
            const QString code = m_buffer;
            m_held.clear();
            m_buffer.clear();
            m_gapTimer.stop();
            m_lastScan = code;
            m_swallowEnterRelease = true;
            qCDebug(lcWedge) << "scan of" << code.size() << "characters";
            Q_EMIT scanned(code);
            return true; // the Enter ends the scan; it does not reach the field
        }
        flush();
        return false;
    }
    if (!isScanChar(key)) {
        flush();
        return false;
    }
    m_held.push_back({watched, std::make_unique<QKeyEvent>(key->type(), key->key(), key->modifiers(), key->text(),
                                                           key->isAutoRepeat(), key->count())});
    m_buffer.append(key->text());
    m_lastKeyAt = t;
    if (m_buffer.size() > kMaxScanLength) {
        qCWarning(lcWedge) << "a burst of more than" << kMaxScanLength << "characters: dropped";
        m_held.clear();
        m_buffer.clear();
        m_overflow = true;
    }
    m_gapTimer.start();
    return true;
}

void KeyboardWedge::endOverflow()
{
    m_overflow = false;
    Q_EMIT scanFailed(tr("A scan of more than %L1 characters was ignored: no barcode is that long. "
                         "If a key is stuck on the keyboard or the scanner, release it.")
                          .arg(kMaxScanLength));
}

void KeyboardWedge::deliver(const QString &code)
{
    m_lastScan = code;
    Q_EMIT scanned(code);
}

void KeyboardWedge::deliverFailure(const QString &message)
{
    Q_EMIT scanFailed(message);
}

void KeyboardWedge::flush()
{
    m_gapTimer.stop();
    if (m_overflow)
        endOverflow(); // the gap after an overlong burst
    if (m_held.empty())
        return;
    replay();
}

void KeyboardWedge::replay()
{
    std::vector<Held> held = std::move(m_held);
    m_held.clear();
    m_buffer.clear();
    m_replaying = true;
    for (auto &h : held) {
        if (!h.target)
            continue;
        QCoreApplication::sendEvent(h.target, h.press.get());
        QKeyEvent release(QEvent::KeyRelease, h.press->key(), h.press->modifiers(), h.press->text());
        QCoreApplication::sendEvent(h.target, &release);
    }
    m_replaying = false;
}

} // namespace ok
