// SPDX-License-Identifier: GPL-3.0-or-later
// Driving a QML window in a test as a person would: find visible items by objectName (popups
// included: they live on the window's overlay), click them, type slowly enough that the keyboard
// wedge takes it for typing, not for a scan.
#pragma once

#include <QDir>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
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

/// Keys typed by a person: 90 ms apart, so the keyboard wedge never takes them for a scan. Time
/// is what is under test here: the wedge tells typing from scanning by the gaps between keys,
/// and after the last key it holds it back for its gap (50 ms) before the field gets it.
inline void typeSlowly(QQuickWindow *window, const QString &text)
{
    for (QChar c : text)
        QTest::keyClick(window, c.toLatin1(), Qt::NoModifier, 90);
    QTest::qWait(80);
}

/// Save a screenshot of `window` as `name` in $OMNIKIOSK_SCREENSHOT_DIR (nothing when it is not
/// set), once the scene is still: no new frame for 150 ms, so page and popup animations are over.
inline bool shoot(QQuickWindow *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("OMNIKIOSK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    QSignalSpy frames(window, &QQuickWindow::frameSwapped);
    for (int i = 0; i < 40 && frames.wait(150); ++i) {
    }
    QDir().mkpath(dir);
    return window->grabWindow().save(dir + QLatin1Char('/') + name);
}

/// Sign in on the visible staff sign-in page as a person does: tap the name, type the PIN, Enter.
/// `root` is where the page is looked for (the window's content item).
inline void signInOnScreen(QQuickWindow *window, QQuickItem *root, const QString &staffId, const QString &pin)
{
    QQuickItem *name = nullptr;
    QTRY_VERIFY((name = findVisible(root, QStringLiteral("staff_") + staffId)) != nullptr);
    clickItem(window, name);
    QTRY_VERIFY(findVisible(root, QStringLiteral("pinPad")) && findVisible(root, QStringLiteral("pinPad"))->isEnabled());
    typeSlowly(window, pin);
    QTest::keyClick(window, Qt::Key_Return);
}

/// Tap `keys` on the keypad below `pad` (its buttons are called key_0 ... key_9, key_.).
inline void tapKeys(QQuickWindow *window, QQuickItem *pad, const QString &keys)
{
    for (QChar c : keys) {
        QQuickItem *key = findVisible(pad, QStringLiteral("key_") + c);
        QVERIFY2(key, qPrintable(QStringLiteral("no key %1").arg(c)));
        clickItem(window, key);
    }
}

/// The visible children of `row` (a Row, Flow or layout) no longer sit on top of each other: it
/// was laid out since its children came.
inline bool laidOutApart(QQuickItem *row)
{
    QList<QPointF> seen;
    for (QQuickItem *child : row->childItems()) {
        if (!child->isVisible() || child->width() <= 0)
            continue;
        if (seen.contains(child->position()))
            return false;
        seen << child->position();
    }
    return true;
}

} // namespace ok::test
