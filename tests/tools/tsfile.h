// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A Qt Linguist catalog (.ts) read for tests: every message with its context, source and
// translation (or plural forms).

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace ok::test {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;          ///< "" (finished), "unfinished", "vanished", "obsolete"
    QStringList forms;     ///< the translation, or its plural forms
};

/// The messages of the catalog at `path`; `language` gets its TS language attribute.
inline QList<Message> readTs(const QString &path, QString *language)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&f);
    QList<Message> out;
    QString context;
    Message m;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"context" || name == u"DOCTYPE") {
            // its children follow
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}, {}};
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"comment") {
            m.comment = xml.readElementText();
        } else if (name == u"translation") {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.forms.append(xml.readElementText()); // <numerusform>
            } else {
                m.forms = {xml.readElementText()};
            }
            out.append(m);
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return out;
}

} // namespace ok::test
