// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to omnikiosk-central-admin: the commands that play the web shop (issue 13):
// customers, points, web orders, holds, transfers, promotions, stock everywhere.

#include <QString>
#include <QStringList>

namespace ok::central {
class CentralService;
class CentralStore;
} // namespace ok::central

namespace ok::central::admin {

/// The command line of one channel command, as admin.cpp parsed it.
struct ChannelArgs {
    QString command;
    QStringList rest; ///< positional arguments after the command
    QString dbPath;
    QString lines;
    bool linesSet = false;
    QString name, email, phone, points, channel, store, days;
    int limit = 50;
};

bool isChannelCommand(const QString &command);
/// Runs it; the process exit code (0 done, 1 refused, 2 usage, 3 storage).
int runChannelCommand(const ChannelArgs &a, CentralStore &store, CentralService &service);

} // namespace ok::central::admin
