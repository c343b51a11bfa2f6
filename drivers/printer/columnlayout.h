// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace ok::escpos {

// Fixed-pitch row layout for receipts. Input is printable text (TextEncoder::printable(): one
// QChar per printed cell), widths are in cells. Every returned line is exactly `columns` cells
// wide, so that a right column ends at the right edge. A text that does not fit is cut and ends
// in kEllipsis ('~': printable in every code table, unlike '…'), so a cut is always visible and
// never runs into the next column.
class ColumnLayout
{
public:
    static constexpr QChar kEllipsis = u'~';

    // `text` cut to `width` cells: unchanged if it fits, else the first width-1 cells and '~'.
    static QString elide(QStringView text, int width);

    // Left text, at least one space, right text flush right, in one line. If the left text does not
    // fit it is elided. If even the right text leaves no room for a left cell plus the ellipsis and
    // a space, the row becomes two lines: the (elided) left text, then the right text flush right
    // (elided only if it is wider than the paper).
    static QStringList twoColumns(QStringView left, QStringView right, int columns);

    // Left | middle | right, e.g. "2 x 4.99" | "8 %" | "9.98". The right column is
    // max(rightWidth, right's length) cells and flush right at the paper's edge; the middle column
    // is max(middleWidth, middle's length) cells, flush right, one space before the right column;
    // the left text gets what is left (at least nothing) minus one space, elided as needed.
    // Fixed middleWidth/rightWidth keep the columns of consecutive rows aligned. If the middle
    // and right columns alone do not fit, the middle is elided first, then the right.
    static QString threeColumns(
        QStringView left, QStringView middle, QStringView right, int columns, int middleWidth = 0, int rightWidth = 0);
};

} // namespace ok::escpos
