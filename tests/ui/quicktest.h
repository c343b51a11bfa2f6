// SPDX-License-Identifier: GPL-3.0-or-later
// Driving a QML window in a test as a person would: find visible items by objectName (popups
// included: they live on the window's overlay), click them, type slowly enough that the keyboard
// wedge takes it for typing, not for a scan.
#pragma once

#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

namespace ok::test {

/// The first visible item called `name` below `root`, in visual-tree order.
inline QQuickItem *findVisible(QQuickItem *root, const QString &name)
{
    if (root->objectName() == name && root->isVisible())
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *hit = findVisible(child, name))
            return hit;
    return nullptr;
}

/// Every visible item called `name` below `root`, in visual-tree order.
inline void findAllVisible(QQuickItem *root, const QString &name, QList<QQuickItem *> &out)
{
    if (!root->isVisible())
        return;
    if (root->objectName() == name)
        out << root;
    for (QQuickItem *child : root->childItems())
        findAllVisible(child, name, out);
}

/// A click in the middle of `item`, far enough from the previous one (QTest's event clock) not to
/// be taken as a double click, which a Button does not count as a click.
inline void clickItem(QQuickWindow *window, QQuickItem *item)
{
    QVERIFY(item);
    const QPoint at = item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint();
    QTest::mouseMove(window, at);
    QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, at, 500);
}

/// Keys typed by a person: 90 ms apart, so the keyboard wedge never takes them for a scan.
inline void typeSlowly(QQuickWindow *window, const QString &text)
{
    for (QChar c : text)
        QTest::keyClick(window, c.toLatin1(), Qt::NoModifier, 90);
    QTest::qWait(80);
}

} // namespace ok::test
