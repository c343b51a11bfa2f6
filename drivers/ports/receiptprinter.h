// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/receiptdocument.h"
#include "drivers/device/device.h"

namespace ok::ports {

class CashDrawer;

/// The role "receipt printer", as the services use it: encode a receipt for this printer, send
/// one job at a time, know whether it can print. The driver (escpos::EscPosPrinter) knows the
/// protocol, the paper and the code tables; nothing above it does.
///
/// A job counts as printed only when the printer confirmed it (docs/devices.md#d6-printed-means-confirmed):
/// exactly one jobFinished() follows every print() that returned ok.
class ReceiptPrinter : public dev::Device
{
    Q_OBJECT
public:
    using dev::Device::Device;

    /// The bytes this printer needs for `document` (its paper width, code tables, cutter).
    /// Pure: no I/O, callable in any state.
    virtual QByteArray encode(const ReceiptDocument &document) const = 0;
    /// Send one job already encoded by encode(). Errors when not connected, busy with another job
    /// or unable to print (nothing sent then).
    virtual Result<void> print(qint64 jobId, const QByteArray &bytes) = 0;
    /// Connected, idle or busy, and no known condition that stops printing (paper, cover, error).
    virtual bool canPrint() const = 0;
    /// A job is out and not yet confirmed or failed.
    virtual bool hasJob() const = 0;
    /// What keeps it from printing, for people ("Paper out."); empty when nothing is known to.
    virtual QString problem() const = 0;
    /// The printer profile's id ("epson-tm-t20"), for the staff screen.
    virtual QString profileId() const = 0;
    /// The cash drawer hanging on this printer's drawer port, or null when it has none.
    virtual CashDrawer *cashDrawer() const = 0;

Q_SIGNALS:
    void jobFinished(qint64 jobId, bool printed, const QString &message);
    /// canPrint() or problem() may have changed.
    void printerStateChanged();
};

} // namespace ok::ports
