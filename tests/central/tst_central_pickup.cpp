// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>
class TestCentralPickup : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestCentralPickup)
#include "tst_central_pickup.moc"
