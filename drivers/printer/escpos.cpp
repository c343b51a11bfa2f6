// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/printer/escpos.h"

namespace ok::escpos {

Q_LOGGING_CATEGORY(lcPrinter, "omnikiosk.drivers.printer")

} // namespace ok::escpos
