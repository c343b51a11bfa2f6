// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace ok {

struct Config;

/// Write one support archive (tar.gz) for a store engineer to send to support
/// (docs/operations.md#support-bundle). Inside one folder, omnikiosk-support-TERMINAL-TIME/:
///
///   README.txt       what this is, for which store and terminal, when
///   config.ini       the configuration file as found, with every key/secret/token/code-like value
///                    and any password in a URL replaced by <redacted>; config-effective.txt: the
///                    values in force (command-line overrides included), redacted the same way
///   versions.txt     Omnikiosk, Qt, SQLite, the kernel, /etc/os-release, dpkg-query 'omnikiosk*'
///   devices.txt      the configured devices, their print queues and door/drawer journal counts as
///                    the ledger records them (no port is opened: the running kiosk holds them)
///   sync.txt         outbox counts by state, the oldest pending event, refused events and their
///                    reasons, every stream's last pull from cache.db, enrolled or not
///   logs.txt         journalctl -u UNIT --since -Nh (or why there are none)
///   databases.txt    sizes, PRAGMA quick_check on read-only connections, the journal chain check
///   datadir.txt      every file of the data directory with its size, mode and time; free space
///
/// Never inside: the databases themselves, the token, PINs, pickup codes, outbox payloads or any
/// customer contact data; finally every secret value found in the configuration and the token
/// file is replaced by <redacted> wherever it would appear (logs too).
///
/// Reads only; the running terminal is not disturbed. `hours` of logs (1..720). The archive is
/// written next to `outPath` and renamed into place, mode 0600. Returns the files inside.
Result<QStringList> writeSupportBundle(const Config &config, const QString &outPath, int hours,
                                       const QString &unit = QStringLiteral("omnikiosk"));

/// "omnikiosk-support-T01-20261207T190102Z.tar.gz", for when no --out is given.
QString defaultSupportBundleName(const Config &config);

/// INI text with the values of secret-like keys (and of such keys commented out) replaced by
/// <redacted>, and passwords in URLs too. Public for tests.
QString redactIni(const QString &text);
/// True for a key whose value is not to be shown (pickup_key, enrolment_code, a password ...).
bool isSecretKey(const QString &key);

} // namespace ok
