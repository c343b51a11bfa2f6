// SPDX-License-Identifier: GPL-3.0-or-later
#include "escposinterpreter.h"

#include <QFont>
#include <QHash>
#include <QPainter>
#include <QStringDecoder>

#include <qrencode.h>

namespace ok::sim {

namespace {
// Command bytes, spelled out independently of the driver's encoder.
constexpr char LF = 0x0A, CR = 0x0D, HT = 0x09, DLE = 0x10, ESC = 0x1B, FS = 0x1C, GS = 0x1D;
constexpr char EOT = 0x04, XON = 0x11, XOFF = 0x13;
constexpr int kDotsPerLine = 576; // 80 mm at 203 dpi

/// ESC t numbering → ICU codec names. Epson's is the reference; "clone" is the common clone
/// numbering of docs/devices.md#d3-code-tables-belong-to-the-printer-profile (CP1251 = 6,
/// CP866 = 7, CP1250 = 30), other numbers as Epson.
QByteArray codecFor(int table, EscPosInterpreter::Numbering numbering)
{
    if (numbering == EscPosInterpreter::Numbering::Clone) {
        switch (table) {
        case 6: return "windows-1251";
        case 7: return "IBM866";
        case 30: return "windows-1250";
        default: break;
        }
    }
    switch (table) {
    case 0: return "IBM437";
    case 2: return "IBM850";
    case 5: return "IBM865";
    case 16: return "windows-1252";
    case 17: return "IBM866";
    case 18: return "IBM852";
    case 19: return "IBM858";
    case 45: return "windows-1250";
    case 46: return "windows-1251";
    default: return {};
    }
}

/// 256-entry decode table per codec (single-byte code pages only).
const QString &tableFor(const QByteArray &codec)
{
    static QHash<QByteArray, QString> cache;
    auto it = cache.find(codec);
    if (it == cache.end()) {
        QString t;
        QStringDecoder dec(codec.constData());
        for (int b = 0; b < 256; ++b) {
            const char c = char(b);
            QString s = dec.isValid() ? dec.decode(QByteArrayView(&c, 1)) : QString();
            t.append(s.size() == 1 && b >= 0x20 ? s.at(0) : QChar(0xFFFD));
        }
        it = cache.insert(codec, t);
    }
    return *it;
}
} // namespace

EscPosInterpreter::EscPosInterpreter(int columns, Numbering numbering)
    : m_columns(columns)
    , m_numbering(numbering)
{
}

QString EscPosInterpreter::decode(const QByteArray &bytes) const
{
    const QByteArray codec = codecFor(m_codeTable, m_numbering);
    QString out;
    for (char c : bytes) {
        const auto b = uchar(c);
        if (b < 0x80)
            out.append(QLatin1Char(c));
        else if (codec.isEmpty())
            out.append(QChar(0xFFFD)); // a table the simulated printer does not have
        else
            out.append(tableFor(codec).at(b));
    }
    return out;
}

void EscPosInterpreter::printable(char c)
{
    if (!m_status.ready()) {
        ++m_discarded;
        return;
    }
    m_lineText.append(decode(QByteArray(1, c)));
    if (m_paperLeft > 0 && --m_paperLeft == 0) {
        m_status.paperOut = true;
        m_paperLeft = -1;
        if (m_event)
            m_event(QStringLiteral("PAPER OUT"));
        statusChanged();
    }
}

void EscPosInterpreter::newline()
{
    if (!m_status.ready())
        return;
    Element e;
    e.kind = Element::Text;
    e.line = m_style;
    e.line.text = m_lineText;
    e.line.bold = m_bold || (m_printMode & 0x08);
    e.line.width = std::max(m_sizeW, (m_printMode & 0x20) ? 2 : 1);
    e.line.height = std::max(m_sizeH, (m_printMode & 0x10) ? 2 : 1);
    m_paper.append(e);
    m_lineText.clear();
}

void EscPosInterpreter::feed(const QByteArray &bytes)
{
    m_in.append(bytes);
    while (!m_in.isEmpty()) {
        const qsizetype used = step();
        if (used == 0)
            break; // incomplete command: wait for more bytes
        m_in.remove(0, used);
    }
}

QByteArray EscPosInterpreter::statusByte(int n) const
{
    quint8 b = 0x12;
    const Status &s = m_status;
    switch (n) {
    case 1:
        b |= (s.drawerOpen ? 0x04 : 0) | (!s.ready() ? 0x08 : 0);
        break;
    case 2:
        b |= (s.coverOpen ? 0x04 : 0) | (s.paperOut ? 0x20 : 0) | (!s.ready() ? 0x40 : 0);
        break;
    case 3:
        b |= (s.cutterError ? 0x08 : 0);
        break;
    case 4:
        b |= (s.paperNearEnd ? 0x0C : 0) | (s.paperOut ? 0x60 : 0);
        break;
    default:
        break;
    }
    return QByteArray(1, char(b));
}

QByteArray EscPosInterpreter::asbFrame() const
{
    const Status &s = m_status;
    QByteArray f(4, '\0');
    f[0] = char(0x10 | (s.drawerOpen ? 0x04 : 0) | (!s.ready() ? 0x08 : 0) | (s.coverOpen ? 0x20 : 0));
    f[1] = char(s.cutterError ? 0x08 : 0);
    f[2] = char((s.paperNearEnd ? 0x03 : 0) | (s.paperOut ? 0x0C : 0));
    f[3] = 0;
    return f;
}

void EscPosInterpreter::statusChanged()
{
    if (m_asb && m_reply)
        m_reply(asbFrame());
}

qsizetype EscPosInterpreter::step()
{
    const auto at = [this](qsizetype i) { return uchar(m_in.at(i)); };
    const qsizetype n = m_in.size();
    const char c = m_in.at(0);
    const bool apply = m_status.ready();

    switch (c) {
    case LF:
        newline();
        return 1;
    case CR:
    case XON:
    case XOFF:
        return 1;
    case HT:
        printable(' ');
        return 1;
    case DLE:
        if (n < 3)
            return 0;
        if (at(1) == uchar(EOT)) { // real-time status: answered even when offline
            if (m_reply)
                m_reply(statusByte(at(2)));
            return 3;
        }
        ++m_unknown;
        return 2;
    case ESC: {
        if (n < 2)
            return 0;
        const char cmd = m_in.at(1);
        switch (cmd) {
        case '@':
            if (apply) {
                m_lineText.clear();
                m_style = Line();
                m_printMode = 0;
                m_sizeW = m_sizeH = 1;
                m_bold = false;
                m_codeTable = 0;
            }
            return 2;
        case '2':
            return 2; // default line spacing, no parameter
        case '!': case 'E': case '-': case 'a': case 't': case 'd': case 'M': case 'J': case 'G': case 'R': case '{': case 'U':
            break;
        case 'p':
            if (n < 5)
                return 0;
            if (apply && m_event)
                m_event(QStringLiteral("KICK pin=%1 on=%2 off=%3").arg(at(2) == 0 || at(2) == '0' ? 2 : 5).arg(at(3) * 2).arg(at(4) * 2));
            return 5;
        case GS: // Star: ESC GS t n
            if (n < 4)
                return 0;
            if (m_in.at(2) == 't' && apply)
                m_codeTable = at(3);
            return 4;
        default:
            ++m_unknown;
            return 2;
        }
        if (n < 3)
            return 0;
        const uchar p = at(2);
        if (!apply)
            return 3;
        switch (cmd) {
        case '!': m_printMode = p; break;
        case 'E': m_bold = p & 1; break;
        case 'a': m_style.align = (p >= '0' ? p - '0' : p) % 3; break;
        case 't': m_codeTable = p; break;
        case 'd':
            if (!m_lineText.isEmpty())
                newline();
            for (int i = 0; i < p; ++i)
                newline();
            break;
        default: break; // font, feed by dots, double strike ... accepted, not rendered
        }
        return 3;
    }
    case FS:
        if (n < 2)
            return 0;
        return 2; // FS . (leave Kanji mode), FS & — no parameters
    case GS: {
        if (n < 2)
            return 0;
        const char cmd = m_in.at(1);
        switch (cmd) {
        case '!':
            if (n < 3)
                return 0;
            if (apply) {
                m_sizeW = (at(2) >> 4) + 1;
                m_sizeH = (at(2) & 0x0F) + 1;
            }
            return 3;
        case 'a':
            if (n < 3)
                return 0;
            m_asb = at(2) != 0;
            if (m_asb)
                statusChanged(); // Epson sends the current state right after enabling
            return 3;
        case 'H': case 'h': case 'w': case 'f': case 'r': case 'I': case 'B':
            return n < 3 ? 0 : 3;
        case 'L': case 'W':
            return n < 4 ? 0 : 4;
        case 'V': {
            if (n < 3)
                return 0;
            const uchar m = at(2);
            const qsizetype len = (m == 65 || m == 66) ? 4 : 3;
            if (n < len)
                return 0;
            if (apply) {
                if (!m_lineText.isEmpty())
                    newline();
                Element e;
                e.kind = Element::Cut;
                m_paper.append(e);
                ++m_cuts;
                if (m_event)
                    m_event(QStringLiteral("CUT %1").arg(m_cuts));
            }
            return len;
        }
        case 'v': {
            if (n < 8)
                return 0;
            const int x = at(4) + 256 * at(5);
            const int y = at(6) + 256 * at(7);
            const qsizetype len = 8 + qsizetype(x) * y;
            if (n < len)
                return 0;
            if (apply) {
                QImage img(x * 8, y, QImage::Format_Mono);
                img.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
                for (int r = 0; r < y; ++r)
                    for (int col = 0; col < x * 8; ++col)
                        img.setPixel(col, r, (at(8 + r * x + col / 8) >> (7 - col % 8)) & 1);
                Element e;
                e.kind = Element::Raster;
                e.image = img;
                m_paper.append(e);
            }
            return len;
        }
        case 'k': {
            if (n < 3)
                return 0;
            const uchar m = at(2);
            QByteArray data;
            qsizetype len = 0;
            if (m <= 6) { // format A: NUL-terminated
                const qsizetype end = m_in.indexOf('\0', 3);
                if (end < 0)
                    return 0;
                data = m_in.mid(3, end - 3);
                len = end + 1;
            } else {
                if (n < 4)
                    return 0;
                len = 4 + at(3);
                if (n < len)
                    return 0;
                data = m_in.mid(4, at(3));
            }
            if (apply) {
                Element e;
                e.kind = Element::Barcode;
                e.symbology = m;
                e.data = QString::fromLatin1(data);
                m_paper.append(e);
            }
            return len;
        }
        case '(': {
            if (n < 5)
                return 0;
            const qsizetype len = 5 + at(3) + 256 * at(4);
            if (n < len)
                return 0;
            if (m_in.at(2) == 'k' && at(5) == 0x31 && apply) {
                const uchar fn = at(6);
                if (fn == 0x50) // store: 31 50 30 data
                    m_qrData = m_in.mid(8, len - 8);
                else if (fn == 0x51) { // print
                    Element e;
                    e.kind = Element::Qr;
                    e.data = QString::fromUtf8(m_qrData);
                    m_paper.append(e);
                }
            }
            return len;
        }
        default:
            ++m_unknown;
            return 2;
        }
    }
    default:
        printable(c);
        return 1;
    }
}

QString EscPosInterpreter::text() const
{
    QString out;
    for (const Element &e : m_paper) {
        switch (e.kind) {
        case Element::Text: {
            const int cols = m_columns / std::max(1, e.line.width);
            QString t = e.line.text;
            const qsizetype pad = cols - t.size();
            if (pad > 0 && e.line.align == 1)
                t = QString(pad / 2, QLatin1Char(' ')) + t;
            else if (pad > 0 && e.line.align == 2)
                t = QString(pad, QLatin1Char(' ')) + t;
            out += t + QLatin1Char('\n');
            break;
        }
        case Element::Barcode:
            out += QStringLiteral("[BARCODE %1 %2]\n").arg(e.symbology == 67 || e.symbology == 2 ? QStringLiteral("EAN13") : e.symbology == 73 ? QStringLiteral("CODE128") : QString::number(e.symbology), e.data);
            break;
        case Element::Qr:
            out += QStringLiteral("[QR %1]\n").arg(e.data);
            break;
        case Element::Raster:
            out += QStringLiteral("[IMAGE %1x%2]\n").arg(e.image.width()).arg(e.image.height());
            break;
        case Element::Cut:
            out += QString(m_columns, QChar(0x2702)) + QLatin1Char('\n');
            break;
        }
    }
    return out;
}

QStringList EscPosInterpreter::receipts() const
{
    const QString cutLine = QString(m_columns, QChar(0x2702)) + QLatin1Char('\n');
    QStringList parts = text().split(cutLine);
    parts.removeLast(); // after the last cut: not a finished receipt
    return parts;
}

QImage EscPosInterpreter::render() const
{
    constexpr int kLine = 24;
    // Measure first.
    int height = 16;
    QList<QImage> qrs;
    for (const Element &e : m_paper) {
        switch (e.kind) {
        case Element::Text: height += kLine * e.line.height; break;
        case Element::Barcode: height += 90; break;
        case Element::Raster: height += e.image.height() + 4; break;
        case Element::Cut: height += 24; break;
        case Element::Qr: {
            QImage q;
            if (QRcode *code = QRcode_encodeString8bit(e.data.toUtf8().constData(), 0, QR_ECLEVEL_L)) {
                constexpr int kModule = 6, kQuiet = 4;
                const int side = (code->width + 2 * kQuiet) * kModule;
                q = QImage(side, side, QImage::Format_RGB32);
                q.fill(Qt::white);
                QPainter qp(&q);
                for (int y = 0; y < code->width; ++y)
                    for (int x = 0; x < code->width; ++x)
                        if (code->data[y * code->width + x] & 1)
                            qp.fillRect((x + kQuiet) * kModule, (y + kQuiet) * kModule, kModule, kModule, Qt::black);
                QRcode_free(code);
            }
            qrs.append(q);
            height += q.height() + 8;
            break;
        }
        }
    }
    QImage img(kDotsPerLine, height, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setPixelSize(20);
    int y = 8;
    int qrIndex = 0;
    const int charW = kDotsPerLine / m_columns;
    for (const Element &e : m_paper) {
        switch (e.kind) {
        case Element::Text: {
            QFont f = font;
            f.setBold(e.line.bold);
            f.setPixelSize(20 * e.line.height);
            f.setStretch(100 * e.line.width / e.line.height);
            p.setFont(f);
            const int textW = int(e.line.text.size()) * charW * e.line.width;
            const int x = e.line.align == 1 ? (kDotsPerLine - textW) / 2 : e.line.align == 2 ? kDotsPerLine - textW : 0;
            p.setPen(Qt::black);
            p.drawText(QRect(std::max(0, x), y, kDotsPerLine, kLine * e.line.height), Qt::AlignLeft | Qt::AlignVCenter, e.line.text);
            y += kLine * e.line.height;
            break;
        }
        case Element::Barcode:
            // 1D symbols are drawn as a labelled placeholder; their bytes are checked in text().
            p.setPen(Qt::black);
            p.drawRect(40, y + 4, kDotsPerLine - 80, 60);
            p.setFont(font);
            p.drawText(QRect(40, y + 64, kDotsPerLine - 80, 24), Qt::AlignCenter, e.data);
            y += 90;
            break;
        case Element::Raster:
            p.drawImage((kDotsPerLine - e.image.width()) / 2, y, e.image.convertToFormat(QImage::Format_RGB32));
            y += e.image.height() + 4;
            break;
        case Element::Qr: {
            const QImage &q = qrs.at(qrIndex++);
            p.drawImage((kDotsPerLine - q.width()) / 2, y, q);
            y += q.height() + 8;
            break;
        }
        case Element::Cut:
            p.setPen(QPen(Qt::gray, 2, Qt::DashLine));
            p.drawLine(0, y + 12, kDotsPerLine, y + 12);
            y += 24;
            break;
        }
    }
    return img;
}

} // namespace ok::sim
