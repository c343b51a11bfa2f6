// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sync settings a kiosk under test needs against a CentralProcess: for the tests that build
// the product's own composition (TerminalApp) with sync on.

#include "centralprocess.h"
#include "services/config.h"

namespace ok::test {

/// Sync of terminal `store`-`terminal` with `central`: mutual TLS with that terminal's client
/// certificate, the server's key pinned, a fresh one-time enrolment code, a 1 s cycle.
inline void syncWith(Config &config, const CentralProcess &central, const QString &store = QStringLiteral("S001"),
                     const QString &terminal = QStringLiteral("T01"))
{
    const QString name = store + QLatin1Char('-') + terminal;
    config.syncEnabled = true;
    config.syncIntervalS = 1;
    config.centralUrl = central.url();
    config.caFile = central.caPath();
    config.clientCertFile = central.certPath(name);
    config.clientKeyFile = central.keyPath(name);
    config.pins = {central.serverPin()};
    config.enrolmentCode = central.enrolmentCode(store, terminal);
}

} // namespace ok::test
