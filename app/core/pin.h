// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace ok::pin {

/// PIN verifiers are PBKDF2-HMAC-SHA256, 32 bytes, with a salt and an iteration count per staff
/// member. The one implementation used by the terminal's sign-in, the demo-data generator and the
/// central service, so a verifier made by one is checked by the other.
constexpr int kVerifierBytes = 32;
/// Fewer iterations than this are refused wherever a verifier arrives (the central service's
/// schema insists on it too).
constexpr int kMinIterations = 10'000;
/// More than this is refused as well: a verifier from a hostile or broken source could
/// otherwise keep the terminal busy for minutes (PBKDF2 runs on the thread that signs in).
constexpr int kMaxIterations = 1'000'000;
/// What the demo data and new verifiers use.
constexpr int kDefaultIterations = 120'000;

/// PBKDF2-HMAC-SHA256 of `pin` (UTF-8) with `salt`, `iterations` rounds, 32 bytes. Empty when
/// `iterations` is outside kMinIterations..kMaxIterations or the derivation fails.
QByteArray derive(const QString &pin, const QByteArray &salt, int iterations);

/// Does `pin` match `verifier`? Constant time in the comparison; false for a verifier of the
/// wrong length or iterations out of range.
bool verify(const QString &pin, const QByteArray &salt, int iterations, const QByteArray &verifier);

} // namespace ok::pin
