// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devicesmodel.h"
#include "ui/followlanguage.h"

#include "core/staff.h"

#include <QDateTime>

namespace ok {

DevicesModel::DevicesModel(QObject *parent)
    : QAbstractListModel(parent)
{
    followLanguage(this);
}

DevicesModel::~DevicesModel()
{
    if (m_manager && m_scanTest)
        m_manager->setScanTestActive(false);
}

int DevicesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_manager ? 0 : m_manager->count();
}

QVariant DevicesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_manager)
        return {};
    const auto &e = m_manager->entry(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return e.config.name;
    case DeviceRoleRole: return e.config.role;
    case KindRole: {
        static const QHash<QString, DeviceKind> kinds{{QStringLiteral("printer"), Printer}, {QStringLiteral("scanner"), Scanner},
                                                      {QStringLiteral("payment"), Payment}, {QStringLiteral("locker"), Locker}};
        return int(kinds.value(e.config.role, Other));
    }
    case DriverRole: return e.config.driver;
    case PortRole: return QStringLiteral("%1 %2").arg(e.config.transport, e.config.port);
    case HealthRole: return m_manager->healthLine(index.row());
    case OnlineRole: return m_manager->isOnline(index.row());
    case LastTestRole: return e.lastTest;
    case CompartmentsRole: return m_manager->compartments(index.row());
    default: return {};
    }
}

QHash<int, QByteArray> DevicesModel::roleNames() const
{
    return {{NameRole, "name"},     {DeviceRoleRole, "deviceRole"}, {KindRole, "deviceKind"}, {DriverRole, "driver"},
            {PortRole, "port"},     {HealthRole, "health"},         {OnlineRole, "online"},
            {LastTestRole, "lastTest"}, {CompartmentsRole, "compartments"}};
}

QString DevicesModel::refusal(const Error &e)
{
    // No approval dialog on this screen: the person whose role allows it signs in instead.
    if (e.approval)
        return tr("%1: your role may not do this here. Someone whose role may must sign in.").arg(permissionText(e.approval->permission));
    return e.message;
}

QString DevicesModel::said(const QString &message)
{
    m_message = message;
    Q_EMIT messageChanged();
    return message;
}

void DevicesModel::setTests(DeviceTests *tests)
{
    if (tests == m_tests)
        return;
    m_tests = tests;
    if (m_scanTest)
        applyScanTest();
    Q_EMIT testsChanged();
}

QString DevicesModel::testPrint(int row)
{
    if (!m_manager || !m_tests || row < 0 || row >= m_manager->count())
        return said(tr("No such device"));
    auto r = m_tests->testPrint(row);
    return said(r ? QString() : refusal(r.error()));
}

QString DevicesModel::openDrawer(int row)
{
    if (!m_manager || !m_tests || row < 0 || row >= m_manager->count())
        return said(tr("No such device"));
    auto r = m_tests->openDrawer(row);
    return said(r ? QString() : refusal(r.error()));
}

QString DevicesModel::testDoor(int row, const QString &compartment)
{
    if (!m_manager || !m_tests || row < 0 || row >= m_manager->count())
        return said(tr("No such device"));
    auto r = m_tests->testDoor(row, compartment);
    return said(r ? QString() : refusal(r.error()));
}

int DevicesModel::onlineCount() const
{
    int n = 0;
    for (int i = 0; m_manager && i < m_manager->count(); ++i)
        n += m_manager->isOnline(i) ? 1 : 0;
    return n;
}

int DevicesModel::scannerCount() const
{
    int n = 0;
    for (int i = 0; m_manager && i < m_manager->count(); ++i)
        n += m_manager->entry(i).config.role == QLatin1String("scanner") ? 1 : 0;
    return n;
}

void DevicesModel::setScanTest(bool on)
{
    if (on == m_scanTest)
        return;
    m_scanTest = on;
    applyScanTest();
    Q_EMIT scanTestChanged();
}

void DevicesModel::applyScanTest()
{
    // Through the device tests: turning it on needs TestDevices. Refused (or no service yet):
    // the scanner test stays off and the screen says why.
    if (!m_tests) {
        if (m_manager)
            m_manager->setScanTestActive(false);
        return;
    }
    auto r = m_tests->setScanTestActive(m_scanTest);
    if (!r) {
        m_scanTest = false;
        said(refusal(r.error()));
        Q_EMIT scanTestChanged();
    }
}

bool DevicesModel::hasLastScan() const
{
    return m_manager && m_manager->lastScan().atMs > 0;
}

bool DevicesModel::lastScanOk() const
{
    return m_manager && m_manager->lastScan().ok;
}

QString DevicesModel::lastScanDevice() const
{
    return m_manager ? m_manager->lastScan().device : QString();
}

QString DevicesModel::lastScanTime() const
{
    if (!hasLastScan())
        return {};
    // Seconds matter here: they tell a fresh scan from the previous one.
    return QDateTime::fromMSecsSinceEpoch(m_manager->lastScan().atMs).time().toString(QStringLiteral("HH:mm:ss"));
}

QString DevicesModel::lastScanData() const
{
    return m_manager ? m_manager->lastScan().data : QString();
}

QString DevicesModel::lastScanText() const
{
    if (!m_manager)
        return {};
    const auto &s = m_manager->lastScan();
    return s.ok ? s.meaning : s.error;
}

void DevicesModel::setManager(DeviceManager *manager)
{
    if (manager == m_manager)
        return;
    if (m_manager) {
        m_manager->disconnect(this);
        if (m_scanTest)
            m_manager->setScanTestActive(false);
    }
    beginResetModel();
    m_manager = manager;
    endResetModel();
    if (m_manager) {
        connect(m_manager, &DeviceManager::changed, this, [this](int row) {
            Q_EMIT dataChanged(index(row), index(row));
            Q_EMIT onlineCountChanged();
        });
        connect(m_manager, &DeviceManager::lastScanChanged, this, &DevicesModel::lastScanChanged);
        if (m_scanTest)
            applyScanTest();
    }
    Q_EMIT managerChanged();
    Q_EMIT countChanged();
    Q_EMIT onlineCountChanged();
    Q_EMIT lastScanChanged();
}

} // namespace ok
