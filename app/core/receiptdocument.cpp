// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/receiptdocument.h"

#include "core/gtin.h"

#include <QRegularExpression>

#include <algorithm>

namespace ok {

namespace {

constexpr int kEan13DataDigits = 12;
constexpr int kEan13Digits = 13;

bool allAsciiDigits(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

/// PNG, JPEG and BMP by their first bytes: enough to refuse text or garbage handed in as an image.
bool looksLikeImage(const QByteArray &bytes)
{
    return bytes.startsWith("\x89PNG\r\n\x1a\n") || bytes.startsWith("\xff\xd8\xff") || bytes.startsWith("BM");
}

} // namespace

ReceiptDocument::ReceiptDocument(QString language)
    : m_language(std::move(language))
{
}

void ReceiptDocument::addText(const QString &text, const TextStyle &style)
{
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\n|\r"));
    const QStringList lines = text.split(lineBreak);
    for (const QString &line : lines)
        m_elements.emplace_back(TextLine{line, style});
}

void ReceiptDocument::addTwoColumns(const QString &left, const QString &right, const TextStyle &style)
{
    m_elements.emplace_back(TwoColumnRow{left, right, style});
}

void ReceiptDocument::addThreeColumns(const QString &left, const QString &middle, const QString &right, int middleWidth,
                                      int rightWidth, const TextStyle &style)
{
    m_elements.emplace_back(ThreeColumnRow{left, middle, right, std::max(0, middleWidth), std::max(0, rightWidth), style});
}

void ReceiptDocument::addSeparator(QChar character)
{
    m_elements.emplace_back(Separator{character});
}

void ReceiptDocument::addFeed(int lines)
{
    m_elements.emplace_back(Feed{std::clamp(lines, 0, 255)});
}

Result<void> ReceiptDocument::addEan13(QStringView digits, const BarcodeOptions &options)
{
    if (!allAsciiDigits(digits) || (digits.size() != kEan13DataDigits && digits.size() != kEan13Digits))
        return Error{QStringLiteral("printer.ean13-bad-digits"),
                     QStringLiteral("EAN-13 needs 12 or 13 digits, got \"%1\"").arg(digits.toString())};
    const int check = gtinCheckDigit(digits.left(kEan13DataDigits));
    if (digits.size() == kEan13Digits && digits.at(kEan13DataDigits).unicode() - u'0' != check)
        return Error{QStringLiteral("printer.ean13-check-digit"),
                     QStringLiteral("EAN-13 %1: check digit wrong, expected %2").arg(digits.toString()).arg(check)};
    QByteArray code = digits.left(kEan13DataDigits).toLatin1();
    code.append(static_cast<char>('0' + check));
    m_elements.emplace_back(Ean13Barcode{code, options});
    return {};
}

Result<void> ReceiptDocument::addCode128(QStringView text, const BarcodeOptions &options)
{
    if (text.isEmpty())
        return Error{QStringLiteral("printer.code128-empty"), QStringLiteral("Code 128 barcode without data")};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x20 || c > 0x7E)
            return Error{QStringLiteral("printer.code128-bad-character"),
                         QStringLiteral("Code 128 data may hold printable ASCII only; character %1 is U+%2")
                             .arg(i + 1)
                             .arg(int(c), 4, 16, QLatin1Char('0'))};
    }
    if (text.size() > kCode128MaxLength)
        return Error{QStringLiteral("printer.code128-too-long"),
                     QStringLiteral("Code 128 data of %1 characters is longer than %2").arg(text.size()).arg(kCode128MaxLength)};
    m_elements.emplace_back(Code128Barcode{text.toString(), options});
    return {};
}

Result<void> ReceiptDocument::addQrCode(const QByteArray &data, int moduleSize, QrErrorLevel level, Alignment alignment)
{
    if (data.isEmpty() || moduleSize < kQrMinModuleSize || moduleSize > kQrMaxModuleSize)
        return Error{QStringLiteral("printer.qr-bad-argument"), QStringLiteral("QR code needs a payload and a module size of 1..16 dots")};
    const int capacity = kQrByteCapacity[static_cast<size_t>(level)];
    if (data.size() > capacity)
        return Error{QStringLiteral("printer.qr-too-long"),
                     QStringLiteral("QR payload of %1 bytes exceeds %2 bytes at this error level").arg(data.size()).arg(capacity)};
    m_elements.emplace_back(QrCode{data, moduleSize, level, alignment});
    return {};
}

Result<void> ReceiptDocument::addImage(const QByteArray &encoded, Alignment alignment, Dither dither)
{
    if (!looksLikeImage(encoded))
        return Error{QStringLiteral("printer.image-null"), QStringLiteral("Receipt image is empty or not a PNG, JPEG or BMP file")};
    m_elements.emplace_back(RasterImage{encoded, dither, alignment});
    return {};
}

void ReceiptDocument::addCut(CutType type, int feedUnits)
{
    m_elements.emplace_back(Cut{type, std::clamp(feedUnits, 0, 255)});
}

void ReceiptDocument::addDrawerKick(DrawerPin pin, int onMs, int offMs)
{
    m_elements.emplace_back(DrawerKick{pin, onMs, offMs});
}

} // namespace ok
