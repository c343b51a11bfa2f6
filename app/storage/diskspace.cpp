// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/diskspace.h"

#include "storage/logging.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <sys/statvfs.h>

namespace ok::db {

DiskSpace::DiskSpace(QString dataDir, qint64 minFreeMb)
    : m_dir(std::move(dataDir))
    , m_minFreeMb(minFreeMb)
{
}

DiskSpace::~DiskSpace() = default;

std::optional<qint64> DiskSpace::availableBytes() const
{
    struct statvfs st {
    };
    if (::statvfs(QFile::encodeName(m_dir).constData(), &st) != 0) {
        qCWarning(lcStorage).noquote() << "cannot read the free space of" << m_dir << ":" << std::strerror(errno);
        return std::nullopt;
    }
    return qint64(st.f_bavail) * qint64(st.f_frsize);
}

Result<void> DiskSpace::checkRoomForSale() const
{
    if (m_minFreeMb <= 0)
        return {};
    const std::optional<qint64> free = availableBytes();
    if (!free || *free >= m_minFreeMb * 1024 * 1024)
        return {};
    const qint64 freeMb = *free / (1024 * 1024);
    qCWarning(lcStorage).noquote() << "new sale refused: the file system of" << m_dir << "has" << *free
                                   << "bytes free, [storage] min_free_mb is" << m_minFreeMb;
    return Error { QStringLiteral("storage.disk-full"),
        QCoreApplication::translate("ok::DiskSpace",
            "The terminal's disk is nearly full (%1 MB free, %2 MB "
            "needed): no new sale can start. Call support: "
            "docs/operations.md, 'Disk full'")
            .arg(freeMb)
            .arg(m_minFreeMb) };
}

} // namespace ok::db
