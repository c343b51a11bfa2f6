// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/device/device.h"

#include <QMetaType>
#include <QString>

namespace ok::ports {

/// One validated scan, as the use cases need it.
struct Scan {
    QString source;  ///< the device's name
    QString code;    ///< what a lookup uses: the GTIN as printed on the pack, a GS1 string's GTIN, or the text
    QString raw;     ///< the bytes as received, escaped and shortened: for the staff scanner test only
    QString meaning; ///< what it means, for the staff scanner test only ("EAN-13/UPC: GTIN ...")
};

/// The role "scan source": a barcode scanner, whatever carries its bytes. Either scanRead() with
/// a validated scan or scanRejected() with a reason a cashier can act on; never a wrong code.
///
/// A scan may be a customer's pickup code: `raw` and `meaning` are never logged.
class ScanSource : public dev::Device
{
    Q_OBJECT
public:
    using dev::Device::Device;

Q_SIGNALS:
    void scanRead(const ok::ports::Scan &scan);
    void scanRejected(const QString &source, const QString &message);
};

} // namespace ok::ports

Q_DECLARE_METATYPE(ok::ports::Scan)
