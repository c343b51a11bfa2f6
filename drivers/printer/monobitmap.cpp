// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/printer/monobitmap.h"

#include "drivers/printer/escpos.h"

#include <QColor>
#include <qrencode.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace ok::escpos {

namespace {

// Luminance at or above this (0..255) is paper; below it is ink.
constexpr int kThreshold = 128;
// libqrencode marks a dark module with bit 0 of each module byte.
constexpr unsigned char kQrDarkModule = 0x01;

QRecLevel toQrencode(QrErrorLevel level)
{
    switch (level) {
    case QrErrorLevel::L:
        return QR_ECLEVEL_L;
    case QrErrorLevel::M:
        return QR_ECLEVEL_M;
    case QrErrorLevel::Q:
        return QR_ECLEVEL_Q;
    case QrErrorLevel::H:
        return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

} // namespace

MonoBitmap::MonoBitmap(int width, int height)
{
    if (width <= 0 || height <= 0)
        return;
    m_width = width;
    m_height = height;
    m_data = QByteArray(qsizetype(bytesPerRow()) * height, '\0');
}

bool MonoBitmap::pixel(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_width || y >= m_height)
        return false;
    const auto byte = static_cast<quint8>(m_data.at(qsizetype(y) * bytesPerRow() + x / 8));
    return (byte & (0x80 >> (x % 8))) != 0;
}

void MonoBitmap::setPixel(int x, int y, bool black)
{
    if (x < 0 || y < 0 || x >= m_width || y >= m_height)
        return;
    char &byte = m_data[qsizetype(y) * bytesPerRow() + x / 8];
    const auto mask = static_cast<quint8>(0x80 >> (x % 8));
    byte = static_cast<char>(black ? (static_cast<quint8>(byte) | mask) : (static_cast<quint8>(byte) & ~mask));
}

MonoBitmap MonoBitmap::fromImage(const QImage &image, Dither dither)
{
    if (image.isNull())
        return {};
    // Flatten transparency onto white paper first: a transparent logo pixel is not ink.
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        const QImage argb = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        for (int y = 0; y < argb.height(); ++y) {
            const auto *src = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
            auto *dst = reinterpret_cast<QRgb *>(flat.scanLine(y));
            for (int x = 0; x < argb.width(); ++x) {
                const QRgb p = src[x];
                const int a = qAlpha(p);
                // premultiplied: colour + white * (1 - alpha)
                dst[x] = qRgb(qRed(p) + 255 - a, qGreen(p) + 255 - a, qBlue(p) + 255 - a);
            }
        }
    }
    const QImage grey = flat.convertToFormat(QImage::Format_Grayscale8);
    MonoBitmap out(grey.width(), grey.height());

    if (dither == Dither::Threshold) {
        for (int y = 0; y < grey.height(); ++y) {
            const uchar *row = grey.constScanLine(y);
            for (int x = 0; x < grey.width(); ++x)
                out.setPixel(x, y, row[x] < kThreshold);
        }
        return out;
    }

    // Floyd-Steinberg error diffusion on a working copy (ints, so errors may leave 0..255).
    const int w = grey.width();
    std::vector<int> current(size_t(w) + 2, 0);
    std::vector<int> next(size_t(w) + 2, 0);
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *row = grey.constScanLine(y);
        std::fill(next.begin(), next.end(), 0);
        for (int x = 0; x < w; ++x) {
            const int value = row[x] + current[size_t(x) + 1];
            const bool black = value < kThreshold;
            out.setPixel(x, y, black);
            const int error = value - (black ? 0 : 255);
            current[size_t(x) + 2] += error * 7 / 16;
            next[size_t(x)] += error * 3 / 16;
            next[size_t(x) + 1] += error * 5 / 16;
            next[size_t(x) + 2] += error / 16;
        }
        std::swap(current, next);
    }
    return out;
}

Result<MonoBitmap> MonoBitmap::fromQrCode(QByteArrayView data, QrErrorLevel level, int moduleSize, int quietZoneModules)
{
    if (data.isEmpty() || moduleSize < kQrMinModuleSize || moduleSize > kQrMaxModuleSize || quietZoneModules < 0)
        return Error { QStringLiteral("printer.qr-bad-argument"),
            QStringLiteral("QR code needs a payload, a module size of 1..16 dots and a quiet zone >= 0") };
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(data.size()), reinterpret_cast<const unsigned char *>(data.data()), 0, toQrencode(level)),
        &QRcode_free);
    if (!code)
        return Error { QStringLiteral("printer.qr-too-long"),
            QStringLiteral("QR payload of %1 bytes does not fit a QR code at this error level").arg(data.size()) };

    const int modules = code->width + 2 * quietZoneModules;
    MonoBitmap out(modules * moduleSize, modules * moduleSize);
    for (int my = 0; my < code->width; ++my) {
        for (int mx = 0; mx < code->width; ++mx) {
            if (!(code->data[my * code->width + mx] & kQrDarkModule))
                continue;
            const int x0 = (mx + quietZoneModules) * moduleSize;
            const int y0 = (my + quietZoneModules) * moduleSize;
            for (int dy = 0; dy < moduleSize; ++dy)
                for (int dx = 0; dx < moduleSize; ++dx)
                    out.setPixel(x0 + dx, y0 + dy, true);
        }
    }
    return out;
}

QImage MonoBitmap::toImage() const
{
    if (isNull())
        return {};
    QImage image(m_width, m_height, QImage::Format_Grayscale8);
    for (int y = 0; y < m_height; ++y) {
        uchar *row = image.scanLine(y);
        for (int x = 0; x < m_width; ++x)
            row[x] = pixel(x, y) ? 0 : 255;
    }
    return image;
}

} // namespace ok::escpos
