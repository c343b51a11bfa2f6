// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/receiptdocument.h"
#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QImage>

namespace ok::escpos {

using ok::Dither;
using ok::QrErrorLevel;

// A 1-bit image in the layout of ESC/POS raster data (GS v 0): rows top to bottom, each row
// padded to whole bytes, the most significant bit is the leftmost dot, 1 = black. A value type.
class MonoBitmap
{
public:
    MonoBitmap() = default;
    // All white. Negative sizes give a null bitmap.
    MonoBitmap(int width, int height);

    // Converts any QImage (transparent counts as white paper). A null image gives a null bitmap.
    static MonoBitmap fromImage(const QImage &image, Dither dither = Dither::Threshold);

    // A QR code (byte mode, automatic version) drawn with `moduleSize` dots per module and a
    // quiet zone of `quietZoneModules` white modules on every side (ISO/IEC 18004 asks for 4).
    // Fails with "printer.qr-too-long" when the data does not fit a version 40 symbol, and with
    // "printer.qr-bad-argument" for an empty payload or a module size outside 1..16.
    static Result<MonoBitmap> fromQrCode(
        QByteArrayView data, QrErrorLevel level, int moduleSize, int quietZoneModules = 4);

    bool isNull() const { return m_width <= 0 || m_height <= 0; }
    int width() const { return m_width; }
    int height() const { return m_height; }
    int bytesPerRow() const { return (m_width + 7) / 8; }

    bool pixel(int x, int y) const; // true = black; false outside the bitmap
    void setPixel(int x, int y, bool black); // ignored outside the bitmap
    const QByteArray &data() const { return m_data; }

    // For looking at it (tests, the simulator): black on white, Format_Grayscale8.
    QImage toImage() const;

    friend bool operator==(const MonoBitmap &, const MonoBitmap &) = default;

private:
    int m_width = 0;
    int m_height = 0;
    QByteArray m_data;
};

} // namespace ok::escpos
