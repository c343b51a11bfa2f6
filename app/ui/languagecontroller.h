// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantList>

#include <memory>

class QTranslator;

namespace ok {

class StaffSession;
class Translations;

/// The language of the screens (QML singleton "Language"), decided by who stands in front of them
/// (docs/translations.md): a signed-in staff member's own language, else the customer's choice,
/// else the store's. A customer's choice ends when staff sign in or after `resetAfterS` without a
/// touch. Switching installs the language's catalog and retranslates every qsTr() binding at once
/// (QQmlEngine::retranslate), so the ticket and the open page stay; C++ models that format
/// text listen to changed() and refresh theirs.
///
/// Receipts and reports are not the screens' business: they print in the store's language
/// (services/translations.h, Wording).
class LanguageController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Language)
    QML_SINGLETON
    /// The screens' language now: "en", "pl", "it", "ru", "nb".
    Q_PROPERTY(QString code READ code NOTIFY changed)
    Q_PROPERTY(QString storeLanguage READ storeLanguage CONSTANT)
    /// A customer chose the language (it resets when they leave).
    Q_PROPERTY(bool customerChose READ customerChose NOTIFY changed)
    /// [{code, name}] offered to customers, each name in its own language.
    Q_PROPERTY(QVariantList customerChoices READ customerChoices CONSTANT)
    /// [{code, name}] of every language the terminal speaks (staff choose from these).
    Q_PROPERTY(QVariantList allChoices READ allChoices CONSTANT)
public:
    LanguageController(Translations &translations, StaffSession &session, QString storeLanguage, QStringList customerLanguages,
                       int resetAfterS, QObject *parent = nullptr);
    ~LanguageController() override;

    static void setInstance(LanguageController *instance);
    static LanguageController *instance();
    static LanguageController *create(QQmlEngine *, QJSEngine *);

    /// The engine whose bindings follow the language (set when the shell loads).
    void setEngine(QQmlEngine *engine);

    QString code() const { return m_code; }
    QString storeLanguage() const { return m_storeLanguage; }
    bool customerChose() const { return m_customerChose; }
    QVariantList customerChoices() const;
    QVariantList allChoices() const;

    /// A customer picks a language on a customer screen. Refused (false) while staff are signed
    /// in (their own language rules) or for a language not offered.
    Q_INVOKABLE bool chooseForCustomer(const QString &code);
    /// Input anywhere: a customer's choice holds while they keep touching.
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void changed();

private:
    void follow();
    void apply(const QString &code);

    Translations &m_translations;
    StaffSession &m_session;
    QString m_storeLanguage;
    QStringList m_customerLanguages;
    QString m_code = QStringLiteral("en");
    bool m_customerChose = false;
    bool m_applied = false;
    QTimer m_reset;
    std::shared_ptr<QTranslator> m_installed;
    QQmlEngine *m_engine = nullptr;
};

} // namespace ok
