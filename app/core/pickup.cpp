// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pickup.h"

#include "core/pin.h"

#include <QStringList>

#include <openssl/evp.h>

#include <memory>

namespace ok::pickup {

namespace {
struct PkeyFree {
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct MdCtxFree {
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

bool isIdChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') || c == QLatin1Char('_');
}

bool isId(const QString &s)
{
    if (s.isEmpty() || s.size() > 64)
        return false;
    for (QChar c : s)
        if (!isIdChar(c))
            return false;
    return true;
}
} // namespace

bool isSymbol(QChar c)
{
    for (int i = 0; i < kAlphabetSize; ++i)
        if (c == QLatin1Char(kAlphabet[i]))
            return true;
    return false;
}

std::optional<QString> normalize(const QString &typed)
{
    QString out;
    out.reserve(kCodeLength);
    for (QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        c = c.toUpper();
        if (!isSymbol(c) || out.size() == kCodeLength)
            return std::nullopt;
        out.append(c);
    }
    if (out.size() != kCodeLength)
        return std::nullopt;
    return out;
}

QString display(const QString &code)
{
    QString out;
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out.append(QLatin1Char('-'));
        out.append(code.at(i));
    }
    return out;
}

QString locatorOf(const QString &code)
{
    return code.left(kLocatorLength);
}

QByteArray verifier(const QString &code, const QByteArray &salt, int iterations)
{
    return pin::derive(code, salt, iterations);
}

bool verify(const QString &code, const QByteArray &salt, int iterations, const QByteArray &verifier)
{
    return pin::verify(code, salt, iterations, verifier);
}

bool looksLikeToken(const QString &text)
{
    return text.trimmed().startsWith(QLatin1String(kTokenPrefix), Qt::CaseInsensitive);
}

std::optional<Token> parseToken(const QString &text)
{
    const QString t = text.trimmed();
    if (!t.startsWith(QLatin1String(kTokenPrefix)))
        return std::nullopt;
    const QStringList parts = t.mid(qsizetype(sizeof(kTokenPrefix) - 1)).split(QLatin1Char(':'));
    if (parts.size() != 4 || !isId(parts.at(0)) || !isId(parts.at(1)))
        return std::nullopt;
    bool ok = false;
    const qint64 expires = parts.at(2).toLongLong(&ok);
    if (!ok || expires <= 0)
        return std::nullopt;
    const auto sig = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(),
                                                    QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                                        | QByteArray::AbortOnBase64DecodingErrors);
    if (!sig || sig.decoded.size() != 64)
        return std::nullopt;
    return Token{parts.at(0), parts.at(1), expires, sig.decoded};
}

QString formatToken(const Token &t)
{
    return QLatin1String(kTokenPrefix) + t.orderId + QLatin1Char(':') + t.storeId + QLatin1Char(':')
        + QString::number(t.expiresAt) + QLatin1Char(':')
        + QString::fromLatin1(t.signature.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray tokenMessage(const QString &orderId, const QString &storeId, qint64 expiresAt)
{
    return QByteArrayLiteral("omnikiosk-pickup-v1\n") + orderId.toUtf8() + '\n' + storeId.toUtf8() + '\n'
        + QByteArray::number(expiresAt);
}

QByteArray sign(const QByteArray &message, const QByteArray &privateKey)
{
    if (privateKey.size() != 32)
        return {};
    Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(privateKey), 32));
    MdCtx ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return {};
    QByteArray sig(64, '\0');
    size_t len = size_t(sig.size());
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len, bytes(message), size_t(message.size()))
            != 1
        || len != 64)
        return {};
    return sig;
}

bool verifyToken(const Token &t, const QByteArray &publicKey)
{
    if (publicKey.size() != 32 || t.signature.size() != 64)
        return false;
    Pkey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey), 32));
    MdCtx ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    const QByteArray msg = tokenMessage(t.orderId, t.storeId, t.expiresAt);
    return EVP_DigestVerify(ctx.get(), bytes(t.signature), size_t(t.signature.size()), bytes(msg), size_t(msg.size())) == 1;
}

QByteArray publicKeyOf(const QByteArray &privateKey)
{
    if (privateKey.size() != 32)
        return {};
    Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(privateKey), 32));
    QByteArray pub(32, '\0');
    size_t len = 32;
    if (!key || EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(pub.data()), &len) != 1 || len != 32)
        return {};
    return pub;
}

QByteArray generatePrivateKey()
{
    Pkey key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    QByteArray priv(32, '\0');
    size_t len = 32;
    if (!key || EVP_PKEY_get_raw_private_key(key.get(), reinterpret_cast<unsigned char *>(priv.data()), &len) != 1
        || len != 32)
        return {};
    return priv;
}

} // namespace ok::pickup
