// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/printer/encoder.h"

#include "drivers/printer/columnlayout.h"
#include "drivers/printer/commands.h"
#include "drivers/printer/escpos.h"
#include "drivers/printer/textencoder.h"

#include <algorithm>

namespace ok::escpos {

namespace {

constexpr int kEan13Modules = 95; // 3 + 42 + 5 + 42 + 3, quiet zones excluded
constexpr int kMinBarcodeModuleWidth = 2;

quint8 modeBits(const TextStyle &style)
{
    quint8 bits = 0;
    if (style.font == Font::B)
        bits |= kModeFontB;
    if (style.bold)
        bits |= kModeBold;
    if (style.doubleHeight)
        bits |= kModeDoubleHeight;
    if (style.doubleWidth)
        bits |= kModeDoubleWidth;
    if (style.underline)
        bits |= kModeUnderline;
    return bits;
}

// One encode() call. Tracks what ESC @ left the printer in (left aligned, print mode 0) so that
// ESC a and ESC ! are only sent when they change.
class Session
{
public:
    Session(const ReceiptDocument &document, const PrinterProfile &profile)
        : m_document(document)
        , m_profile(profile)
        , m_text(profile, document.language())
    {
    }

    QByteArray run()
    {
        m_out.append(command::initialize());
        if (m_profile.needsLeaveChineseMode())
            m_out.append(command::leaveChineseMode());
        m_text.selectInitialTable(m_out);
        for (const ReceiptElement &element : m_document.elements())
            std::visit([this](const auto &e) { add(e); }, element);
        if (m_text.substitutions() > 0)
            qCDebug(lcPrinter) << "receipt for" << m_profile.id() << "has" << m_text.substitutions()
                               << "characters the printer cannot print; replaced by substitutes";
        return m_out;
    }

private:
    int columnsFor(const TextStyle &style) const
    {
        const int columns = m_profile.columns(style.font);
        return style.doubleWidth ? columns / 2 : columns;
    }

    void setAlignment(Alignment alignment)
    {
        if (alignment == m_alignment)
            return;
        m_out.append(command::align(alignment));
        m_alignment = alignment;
    }

    void setMode(quint8 bits)
    {
        if (bits == m_mode)
            return;
        m_out.append(command::printMode(bits));
        m_mode = bits;
    }

    // `printable` is TextEncoder::printable() output.
    void line(const QString &printable, Alignment alignment, quint8 mode)
    {
        setAlignment(alignment);
        setMode(mode);
        m_text.encode(printable, m_out);
        put(m_out, { kLf });
    }

    void add(const TextLine &e) { line(m_text.printable(e.text), e.style.alignment, modeBits(e.style)); }

    void add(const TwoColumnRow &e)
    {
        const QStringList lines
            = ColumnLayout::twoColumns(m_text.printable(e.left), m_text.printable(e.right), columnsFor(e.style));
        for (const QString &l : lines)
            line(l, Alignment::Left, modeBits(e.style));
    }

    void add(const ThreeColumnRow &e)
    {
        line(ColumnLayout::threeColumns(m_text.printable(e.left), m_text.printable(e.middle), m_text.printable(e.right),
                 columnsFor(e.style), e.middleWidth, e.rightWidth),
            Alignment::Left, modeBits(e.style));
    }

    void add(const Separator &e)
    {
        QString cell = m_text.printable(QString(e.character));
        if (cell.size() != 1)
            cell = QStringLiteral("-");
        line(cell.repeated(m_profile.columns(Font::A)), Alignment::Left, 0);
    }

    void add(const Feed &e) { m_out.append(command::feedLines(e.lines)); }

    int fittedModuleWidth(int requested, int modules) const
    {
        return std::min(requested, m_profile.dotsPerLine() / std::max(modules, 1));
    }

    void add(const Ean13Barcode &e)
    {
        setAlignment(e.options.alignment);
        const int width = std::max(kMinBarcodeModuleWidth, fittedModuleWidth(e.options.moduleWidth, kEan13Modules));
        m_out.append(command::barcodeSetup(e.options.hri, e.options.heightDots, width));
        m_out.append(command::ean13(e.digits));
    }

    void add(const Code128Barcode &e)
    {
        const auto data = command::code128Data(e.text);
        const int width = data ? fittedModuleWidth(e.options.moduleWidth, command::code128Modules(data.value())) : 0;
        if (width < kMinBarcodeModuleWidth) {
            // Wider than the paper even at the narrowest bars, or longer than the command takes:
            // print what it says instead.
            qCWarning(lcPrinter) << "Code 128 symbol of" << e.text.size() << "characters does not fit"
                                 << m_profile.dotsPerLine() << "dots or the command; printed as text";
            line(m_text.printable(e.text), e.options.alignment, 0);
            return;
        }
        setAlignment(e.options.alignment);
        m_out.append(command::barcodeSetup(e.options.hri, e.options.heightDots, width));
        m_out.append(command::code128(data.value()));
    }

    void add(const QrCode &e)
    {
        setAlignment(e.alignment);
        if (m_profile.hasNativeQr()) {
            m_out.append(command::qrCode(e.data, e.moduleSize, e.level));
            return;
        }
        // Raster fallback: the largest module size up to the requested one that fits the paper.
        const auto probe = MonoBitmap::fromQrCode(e.data, e.level, 1);
        if (!probe) {
            qCWarning(lcPrinter) << "QR code not printed:" << probe.error().message;
            return;
        }
        const int moduleSize = std::min(e.moduleSize, m_profile.dotsPerLine() / probe->width());
        if (moduleSize < 1) {
            qCWarning(lcPrinter) << "QR code of" << probe->width() << "modules does not fit" << m_profile.dotsPerLine()
                                 << "dots; not printed";
            return;
        }
        const auto bitmap = MonoBitmap::fromQrCode(e.data, e.level, moduleSize);
        if (bitmap)
            m_out.append(command::rasterImage(bitmap.value()));
    }

    void add(const RasterImage &e)
    {
        QImage image = QImage::fromData(e.encoded);
        if (image.isNull()) {
            qCWarning(lcPrinter) << "receipt image of" << e.encoded.size() << "bytes could not be decoded; not printed";
            return;
        }
        if (image.width() > m_profile.dotsPerLine())
            image = image.scaledToWidth(m_profile.dotsPerLine(), Qt::SmoothTransformation);
        setAlignment(e.alignment);
        m_out.append(command::rasterImage(MonoBitmap::fromImage(image, e.dither)));
    }

    void add(const Cut &e)
    {
        if (m_profile.hasCutter())
            m_out.append(command::cut(e.type, e.feedUnits));
        else
            m_out.append(command::feedLines(Encoder::kTearOffFeedLines));
    }

    void add(const DrawerKick &e) { m_out.append(command::drawerKick(e.pin, e.onMs, e.offMs)); }

    const ReceiptDocument &m_document;
    const PrinterProfile &m_profile;
    TextEncoder m_text;
    QByteArray m_out;
    Alignment m_alignment = Alignment::Left;
    quint8 m_mode = 0;
};

} // namespace

QByteArray Encoder::encode(const ReceiptDocument &document, const PrinterProfile &profile)
{
    return Session(document, profile).run();
}

} // namespace ok::escpos
