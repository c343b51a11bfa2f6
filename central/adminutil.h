// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to omnikiosk-central-admin (admin.cpp, adminchannels.cpp): exit codes and the text
// helpers of its line-oriented output.

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ok::central {
struct CreatedOrder;
}

namespace ok::central::admin {

/// The two lines of a new click-and-collect order, "order ... pickup-code ..." and "token ...":
/// order-create, transfer-arrive and web-order-create --store print it alike.
void printCreatedOrder(const CreatedOrder &created, const QByteArray &pickupKey);

/// The usage message with the command list (admin.cpp); returns exit code 2.
int usage(const QString &message);
/// The error on stderr; returns 1 for a refusal (errc::kInvalid), 3 for anything else.
int failed(const ok::Error &e);
std::optional<qint64> toInt(const QString &s);
/// ISO 8601 UTC of unix milliseconds, "-" for none.
std::string timeText(qint64 ms);
/// ISO 8601 UTC of unix seconds.
std::string dateText(qint64 unixSeconds);
/// Comma-separated, "-" when empty.
std::string joined(const std::vector<std::string> &list);

/// Text from a terminal or the database, made safe for the operator's terminal: every control
/// character is shown as an escape, C0 and DEL as "\x1b" (line break, carriage return and tab as
/// "\n", "\r", "\t"), C1 and the Unicode bidirectional overrides as "\u009b", "\u202e", a byte
/// that is not UTF-8 as "\xff", and a backslash as "\\". So no escape sequence and no forged
/// output line reaches the screen or a script reading the output, and the operator still sees
/// what the terminal sent. Every text that came from a terminal is printed through it.
std::string safe(std::string_view in);

/// safe() for printf's %s.
struct Safe {
    explicit Safe(std::string_view s) : text(safe(s)) {}
    const char *c_str() const { return text.c_str(); }
    std::string text;
};

} // namespace ok::central::admin
