// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/ports/cashdrawer.h"

namespace ok::escpos {

class EscPosPrinter;

/// The cash drawer on an ESC/POS printer's drawer port, as the ports::CashDrawer role
/// (docs/devices.md#d7-the-drawer-hangs-on-the-printer): open() is the printer's ESC p kick
/// (pin and pulse as configured on the printer), the sensor is the printer's drawer bit.
///
/// Ownership: created by and a child of its EscPosPrinter; lives exactly as long as it.
class EscPosCashDrawer : public ports::CashDrawer
{
    Q_OBJECT
public:
    explicit EscPosCashDrawer(EscPosPrinter *printer);

    QString deviceName() const override;
    /// EscPosPrinter::kickDrawer(): refused, nothing sent, while the printer is not connected.
    Result<void> open() override;
    bool isOpen() const override;

private:
    EscPosPrinter *m_printer;
};

} // namespace ok::escpos
