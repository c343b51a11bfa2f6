// SPDX-License-Identifier: GPL-3.0-or-later
// omnikiosk-ctl: back up, verify, restore and migrate the kiosk's databases, write support bundles, apply the limits (docs/operations.md).
#include "ctl/commands.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("omnikiosk-ctl"));
    return ok::ctl::run(QCoreApplication::arguments());
}
