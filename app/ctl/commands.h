// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ok::ctl {

/// Exit codes of omnikiosk-ctl.
enum Exit {
    Ok = 0,
    Failed = 1, ///< a backup or file that does not verify, a refused restore, a failed migration
    Usage = 2, ///< bad command line or configuration, a file that cannot be read
};

/// Run one command: `arguments` as main() gets them (program name first). Prints what it did on
/// stdout, errors on stderr.
int run(const QStringList &arguments);

} // namespace ok::ctl
