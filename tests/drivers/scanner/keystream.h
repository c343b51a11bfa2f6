// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builds the input_event records a USB keyboard-wedge scanner produces, the way the kernel
// reports them: for every key an EV_MSC/MSC_SCAN with the HID usage, the EV_KEY, an EV_SYN;
// Shift pressed around upper-case and shifted characters. The US layout is written here as the
// printed rows of the keyboard (independently of the decoder's table).

#include <QByteArray>
#include <QList>

#include <linux/input.h>
#include <optional>
#include <string_view>

namespace ok::scanner::test {

struct Stroke {
    quint16 code;
    bool shift;
};

inline std::optional<Stroke> usStroke(char c)
{
    struct Row {
        std::string_view plain;
        std::string_view shifted;
        quint16 firstCode; // the keys of a row have consecutive codes
    };
    static constexpr Row kRows[] = {
        { "1234567890-=", "!@#$%^&*()_+", KEY_1 },
        { "qwertyuiop[]", "QWERTYUIOP{}", KEY_Q },
        { "asdfghjkl;'`", "ASDFGHJKL:\"~", KEY_A },
        { "\\zxcvbnm,./", "|ZXCVBNM<>?", KEY_BACKSLASH },
    };
    for (const Row &row : kRows) {
        if (auto i = row.plain.find(c); i != std::string_view::npos)
            return Stroke { quint16(row.firstCode + i), false };
        if (auto i = row.shifted.find(c); i != std::string_view::npos)
            return Stroke { quint16(row.firstCode + i), true };
    }
    if (c == ' ')
        return Stroke { KEY_SPACE, false };
    if (c == '\t')
        return Stroke { KEY_TAB, false };
    return std::nullopt;
}

class KeyStream
{
public:
    /// Microseconds between records of one key stroke and between strokes (a fast scanner).
    explicit KeyStream(qint64 startUs = 1'700'000'000'000'000, qint64 strokeGapUs = 2000)
        : m_timeUs(startUs)
        , m_gapUs(strokeGapUs)
    {
    }

    void event(quint16 type, quint16 code, qint32 value)
    {
        input_event e {};
        e.input_event_sec = m_timeUs / 1000000;
        e.input_event_usec = m_timeUs % 1000000;
        e.type = type;
        e.code = code;
        e.value = value;
        m_events.append(e);
    }
    void key(quint16 code, qint32 value)
    {
        event(EV_MSC, MSC_SCAN, 0x70000 + code); // a plausible HID usage; the decoder ignores it
        event(EV_KEY, code, value);
        event(EV_SYN, SYN_REPORT, 0);
        m_timeUs += m_gapUs / 2;
    }
    void tap(quint16 code)
    {
        key(code, 1);
        key(code, 0);
    }
    void withModifier(quint16 modifier, quint16 code)
    {
        key(modifier, 1);
        tap(code);
        key(modifier, 0);
    }
    /// Types `text` (ASCII the US keyboard has) and, if `enter`, Enter. GS is typed as Ctrl+].
    void type(QByteArrayView text, bool enter = true)
    {
        for (char c : text) {
            if (c == 0x1D) {
                withModifier(KEY_LEFTCTRL, KEY_RIGHTBRACE);
                continue;
            }
            const auto s = usStroke(c);
            Q_ASSERT(s);
            if (s->shift)
                withModifier(KEY_LEFTSHIFT, s->code);
            else
                tap(s->code);
        }
        if (enter)
            tap(KEY_ENTER);
    }
    void pause(qint64 us) { m_timeUs += us; }

    const QList<input_event> &events() const { return m_events; }
    QByteArray bytes() const
    {
        return QByteArray(
            reinterpret_cast<const char *>(m_events.constData()), m_events.size() * qsizetype(sizeof(input_event)));
    }

private:
    qint64 m_timeUs;
    qint64 m_gapUs;
    QList<input_event> m_events;
};

} // namespace ok::scanner::test
