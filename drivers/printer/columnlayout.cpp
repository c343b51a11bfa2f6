// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/printer/columnlayout.h"

#include <algorithm>

namespace ok::escpos {

namespace {

constexpr int kGap = 1; // cells between columns

int cells(QStringView s)
{
    return int(s.size());
}

QString padLeft(const QString &s, int width)
{
    return QString(std::max(0, width - cells(s)), u' ') + s;
}
QString padRight(const QString &s, int width)
{
    return s + QString(std::max(0, width - cells(s)), u' ');
}

} // namespace

QString ColumnLayout::elide(QStringView text, int width)
{
    if (width <= 0)
        return {};
    if (cells(text) <= width)
        return text.toString();
    return text.left(width - 1).toString() + kEllipsis;
}

QStringList ColumnLayout::twoColumns(QStringView left, QStringView right, int columns)
{
    columns = std::max(columns, 1);
    const int r = cells(right);
    if (r == 0)
        return { padRight(elide(left, columns), columns) };
    if (cells(left) == 0)
        return { padLeft(elide(right, columns), columns) };
    // One left cell (at least the ellipsis) + gap + right.
    if (r + kGap + 1 <= columns) {
        const int leftWidth = columns - r - kGap;
        return { padRight(elide(left, leftWidth), leftWidth) + QString(kGap, u' ') + right.toString() };
    }
    return { padRight(elide(left, columns), columns), padLeft(elide(right, columns), columns) };
}

QString ColumnLayout::threeColumns(
    QStringView left, QStringView middle, QStringView right, int columns, int middleWidth, int rightWidth)
{
    columns = std::max(columns, 1);
    const QString rightText = elide(right, columns);
    const int r = std::min(columns, std::max(rightWidth, cells(rightText)));
    const int middleRoom = std::max(0, columns - r - kGap);
    const QString middleText = elide(middle, middleRoom);
    const int m = std::min(middleRoom, std::max(middleWidth, cells(middleText)));

    QString line = padLeft(rightText, r);
    if (m > 0)
        line = padLeft(middleText, m) + QString(kGap, u' ') + line;
    const int leftRoom = columns - cells(line) - kGap;
    if (leftRoom > 0)
        line = padRight(elide(left, leftRoom), leftRoom) + QString(kGap, u' ') + line;
    return padLeft(line, columns);
}

} // namespace ok::escpos
