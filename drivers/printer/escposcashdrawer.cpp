// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/printer/escposcashdrawer.h"

#include "drivers/printer/escposprinter.h"

namespace ok::escpos {

EscPosCashDrawer::EscPosCashDrawer(EscPosPrinter *printer)
    : CashDrawer(printer)
    , m_printer(printer)
{
    connect(printer, &EscPosPrinter::drawerChanged, this, &CashDrawer::openChanged);
    connect(printer, &EscPosPrinter::drawerLeftOpen, this, &CashDrawer::leftOpen);
}

QString EscPosCashDrawer::deviceName() const
{
    return m_printer->name();
}

Result<void> EscPosCashDrawer::open()
{
    return m_printer->kickDrawer();
}

bool EscPosCashDrawer::isOpen() const
{
    return m_printer->isDrawerOpen();
}

} // namespace ok::escpos
