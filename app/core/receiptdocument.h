// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The receipt model: what a piece of till paper says, as an ordered list of elements, with no
// knowledge of any printer or protocol. Services build it (receipts, X/Z reports, test prints);
// a receipt printer's driver lays it out for its paper and encodes it (drivers/printer/encoder.h).

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <variant>
#include <vector>

namespace ok {

enum class Alignment : quint8 { Left, Centre, Right };
enum class Font : quint8 { A, B };
enum class CutType : quint8 { Full, Partial };
enum class DrawerPin : quint8 { Pin2, Pin5 };
enum class HriPosition : quint8 { None, Above, Below };
/// QR error correction level (recovers about 7 / 15 / 25 / 30 % of the symbol).
enum class QrErrorLevel : quint8 { L, M, Q, H };
/// How a grey or colour image becomes black and white.
enum class Dither : quint8 {
    Threshold, ///< luminance below 50 %: black. Sharp logos and text.
    Diffuse,   ///< error diffusion. Photographs.
};

/// Character style of a line. Alignment applies to whole lines only.
struct TextStyle {
    Alignment alignment = Alignment::Left;
    bool bold = false;
    bool doubleWidth = false; ///< halves the columns of the line
    bool doubleHeight = false;
    bool underline = false;
    Font font = Font::A;
    friend bool operator==(const TextStyle &, const TextStyle &) = default;
};

struct BarcodeOptions {
    int heightDots = 80; ///< 1..255
    int moduleWidth = 2; ///< 2..6 dots; the encoder narrows it if the symbol is wider than the paper
    HriPosition hri = HriPosition::Below;
    Alignment alignment = Alignment::Centre;
    friend bool operator==(const BarcodeOptions &, const BarcodeOptions &) = default;
};

// --- elements (plain values; build them through ReceiptDocument, which validates) -------------
struct TextLine {
    QString text; ///< one line, no line breaks
    TextStyle style;
};
/// Left text and right text on one line, fitted to the paper. style.alignment is ignored.
struct TwoColumnRow {
    QString left;
    QString right;
    TextStyle style;
};
/// Three columns. Widths in character cells, 0 = as wide as the text.
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
    int lines = 1; ///< 0..255
};
struct Ean13Barcode {
    QByteArray digits; ///< exactly 13 ASCII digits with a correct check digit
    BarcodeOptions options;
};
struct Code128Barcode {
    QString text; ///< printable ASCII
    BarcodeOptions options;
};
struct QrCode {
    QByteArray data; ///< payload bytes (UTF-8 for text)
    int moduleSize = 4;
    QrErrorLevel level = QrErrorLevel::M;
    Alignment alignment = Alignment::Centre;
};
/// An image as encoded bytes (PNG, JPEG, BMP): the printer's encoder decodes it and scales it
/// to its paper, so the model needs no graphics library.
struct RasterImage {
    QByteArray encoded;
    Dither dither = Dither::Threshold;
    Alignment alignment = Alignment::Centre;
};
struct Cut {
    CutType type = CutType::Partial;
    int feedUnits = 0; ///< extra feed before the cut, in motion units (0..255)
};
struct DrawerKick {
    DrawerPin pin = DrawerPin::Pin2;
    int onMs = 100;
    int offMs = 100;
};

using ReceiptElement = std::variant<TextLine, TwoColumnRow, ThreeColumnRow, Separator, Feed, Ean13Barcode,
                                    Code128Barcode, QrCode, RasterImage, Cut, DrawerKick>;

/// A receipt as an ordered list of elements, independent of any printer. Texts are Unicode;
/// choosing code tables is the encoder's job. `language` (BCP 47 or POSIX, "pl", "nb_NO") picks
/// the printer profile's preferred code tables. Adders that can get bad input return
/// Result<void> and leave the document unchanged on error.
class ReceiptDocument
{
public:
    /// Byte-mode capacity of a version 40 QR symbol per error level L, M, Q, H (ISO/IEC 18004).
    static constexpr int kQrByteCapacity[4] = {2953, 2331, 1663, 1273};
    static constexpr int kQrMinModuleSize = 1;
    static constexpr int kQrMaxModuleSize = 16;
    /// Longest Code 128 text accepted (a printer's command limit is 255 bytes with set switches).
    static constexpr int kCode128MaxLength = 253;

    explicit ReceiptDocument(QString language = {});

    QString language() const { return m_language; }
    void setLanguage(const QString &language) { m_language = language; }

    /// One TextLine per line of `text` ("\n", "\r\n", "\r"); an empty text is one empty line, and
    /// a trailing line break adds an empty line. Lines longer than the paper are wrapped by the
    /// printer, character by character.
    void addText(const QString &text, const TextStyle &style = {});
    void addTwoColumns(const QString &left, const QString &right, const TextStyle &style = {});
    void addThreeColumns(const QString &left, const QString &middle, const QString &right, int middleWidth = 0,
                         int rightWidth = 0, const TextStyle &style = {});
    void addSeparator(QChar character = u'-');
    void addFeed(int lines = 1);

    /// 12 digits (the check digit is added) or 13 digits (the check digit is verified).
    /// Errors: "printer.ean13-bad-digits", "printer.ean13-check-digit".
    Result<void> addEan13(QStringView digits, const BarcodeOptions &options = {});
    /// Printable ASCII, 1..kCode128MaxLength characters. Errors: "printer.code128-empty",
    /// "printer.code128-bad-character", "printer.code128-too-long".
    Result<void> addCode128(QStringView text, const BarcodeOptions &options = {});
    /// Non-empty, fits a version 40 symbol at `level` in byte mode, module size 1..16.
    /// Error "printer.qr-bad-argument" or "printer.qr-too-long".
    Result<void> addQrCode(const QByteArray &data, int moduleSize = 4, QrErrorLevel level = QrErrorLevel::M,
                           Alignment alignment = Alignment::Centre);
    /// An encoded image (PNG, JPEG or BMP, recognised by its signature); wider than the paper is
    /// scaled down by the encoder. Error "printer.image-null" for no bytes or an unknown format.
    Result<void> addImage(const QByteArray &encoded, Alignment alignment = Alignment::Centre,
                          Dither dither = Dither::Threshold);
    void addCut(CutType type = CutType::Partial, int feedUnits = 0);
    void addDrawerKick(DrawerPin pin = DrawerPin::Pin2, int onMs = 100, int offMs = 100);

    const std::vector<ReceiptElement> &elements() const { return m_elements; }
    bool isEmpty() const { return m_elements.empty(); }

private:
    QString m_language;
    std::vector<ReceiptElement> m_elements;
};

} // namespace ok
