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

/// Text from a terminal or the database, made safe for the operator's terminal: line breaks and
/// tabs become spaces, every other control character (C0, DEL, C1), Unicode bidirectional
/// overrides and bytes that are not UTF-8 become '?', so no escape sequence and no forged output
/// line reaches the screen or a script reading the output.
std::string safe(std::string_view in);

/// safe() for printf's %s.
struct Safe {
    explicit Safe(std::string_view s) : text(safe(s)) {}
    const char *c_str() const { return text.c_str(); }
    std::string text;
};

} // namespace ok::central::admin
