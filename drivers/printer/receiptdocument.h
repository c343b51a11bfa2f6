// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "drivers/printer/commands.h"
#include "drivers/printer/monobitmap.h"
#include "drivers/printer/printerprofile.h"

#include <QByteArray>
#include <QImage>
#include <QString>

#include <variant>
#include <vector>

namespace ok::escpos {

// Character style of a line. ESC a alignment applies to whole lines only.
struct TextStyle {
    Alignment alignment = Alignment::Left;
    bool bold = false;
    bool doubleWidth = false; // halves the columns of the line
    bool doubleHeight = false;
    bool underline = false;
    Font font = Font::A;
    friend bool operator==(const TextStyle &, const TextStyle &) = default;
};

struct BarcodeOptions {
    int heightDots = 80; // 1..255
    int moduleWidth = 2; // 2..6 dots; the encoder narrows it if the symbol is wider than the paper
    HriPosition hri = HriPosition::Below;
    Alignment alignment = Alignment::Centre;
    friend bool operator==(const BarcodeOptions &, const BarcodeOptions &) = default;
};

// --- elements (plain values; build them through ReceiptDocument, which validates) ---------------
struct TextLine {
    QString text; // one line, no line breaks
    TextStyle style;
};
// Left text and right text on one line, fitted to the paper (ColumnLayout::twoColumns).
// style.alignment is ignored: the row spans the line.
struct TwoColumnRow {
    QString left;
    QString right;
    TextStyle style;
};
// Three columns (ColumnLayout::threeColumns). Widths in cells, 0 = as wide as the text.
struct ThreeColumnRow {
    QString left;
    QString middle;
    QString right;
    int middleWidth = 0;
    int rightWidth = 0;
    TextStyle style;
};
struct Separator {
    QChar character = u'-';
};
struct Feed {
    int lines = 1; // 0..255
};
struct Ean13Barcode {
    QByteArray digits; // exactly 13 ASCII digits with a correct check digit
    BarcodeOptions options;
};
struct Code128Barcode {
    QString text; // what it encodes (printable ASCII)
    QByteArray data; // Epson form with {B / {C switches (command::code128Data)
    BarcodeOptions options;
};
struct QrCode {
    QByteArray data; // payload bytes (UTF-8 for text)
    int moduleSize = 4;
    QrErrorLevel level = QrErrorLevel::M;
    Alignment alignment = Alignment::Centre;
};
// The source image is kept so the encoder can scale it to the profile's dots per line first.
struct RasterImage {
    QImage image;
    Dither dither = Dither::Threshold;
    Alignment alignment = Alignment::Centre;
};
struct Cut {
    CutType type = CutType::Partial;
    int feedUnits = 0; // extra feed before the cut, in motion units (0..255)
};
struct DrawerKick {
    DrawerPin pin = DrawerPin::Pin2;
    int onMs = 100;
    int offMs = 100;
};

using ReceiptElement = std::variant<TextLine, TwoColumnRow, ThreeColumnRow, Separator, Feed, Ean13Barcode,
    Code128Barcode, QrCode, RasterImage, Cut, DrawerKick>;

// A receipt as an ordered list of elements, independent of any printer: the Encoder lays it out
// for a PrinterProfile. Texts are Unicode; choosing code tables is the encoder's job. `language`
// (BCP 47 or POSIX, "pl", "nb_NO") picks the profile's preferred code tables.
// Adders that can get bad input return Result<void> and leave the document unchanged on error.
class ReceiptDocument
{
public:
    explicit ReceiptDocument(QString language = {});

    QString language() const { return m_language; }
    void setLanguage(const QString &language) { m_language = language; }

    // One TextLine per line of `text` ("\n", "\r\n", "\r"); an empty text is one empty line, and
    // a trailing line break adds an empty line. Lines longer than the paper are wrapped by the
    // printer, character by character.
    void addText(const QString &text, const TextStyle &style = {});
    void addTwoColumns(const QString &left, const QString &right, const TextStyle &style = {});
    void addThreeColumns(const QString &left, const QString &middle, const QString &right, int middleWidth = 0,
        int rightWidth = 0, const TextStyle &style = {});
    void addSeparator(QChar character = u'-');
    void addFeed(int lines = 1);

    // 12 digits (the check digit is added) or 13 digits (the check digit is verified).
    // Errors: "printer.ean13-bad-digits", "printer.ean13-check-digit".
    Result<void> addEan13(QStringView digits, const BarcodeOptions &options = {});
    // Printable ASCII, at most 255 bytes in Epson form. Errors as command::code128Data().
    Result<void> addCode128(QStringView text, const BarcodeOptions &options = {});
    // Non-empty, fits a version 40 symbol at `level` in byte mode (2953 / 2331 / 1663 / 1273
    // bytes for L / M / Q / H), module size 1..16. Error "printer.qr-bad-argument" or
    // "printer.qr-too-long".
    Result<void> addQrCode(const QByteArray &data, int moduleSize = 4, QrErrorLevel level = QrErrorLevel::M,
        Alignment alignment = Alignment::Centre);
    // Any non-null image; wider than the paper is scaled down by the encoder. Error
    // "printer.image-null".
    Result<void> addImage(
        const QImage &image, Alignment alignment = Alignment::Centre, Dither dither = Dither::Threshold);
    void addCut(CutType type = CutType::Partial, int feedUnits = 0);
    void addDrawerKick(DrawerPin pin = DrawerPin::Pin2, int onMs = 100, int offMs = 100);

    const std::vector<ReceiptElement> &elements() const { return m_elements; }
    bool isEmpty() const { return m_elements.empty(); }

private:
    QString m_language;
    std::vector<ReceiptElement> m_elements;
};

} // namespace ok::escpos
