#include "documentstatus.h"

#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace ccedit {

DocumentStatus::DocumentStatus(QStatusBar *bar)
    : QObject(bar)
    , m_bar(bar)
{
    const auto addLabel = [bar](const QString &name, const QString &accessibleName) {
        auto *label = new QLabel(bar);
        label->setObjectName(name);
        label->setAccessibleName(accessibleName);
        bar->addPermanentWidget(label);
        return label;
    };
    m_progress = new QProgressBar(bar);
    m_progress->setObjectName(u"loadingProgress"_s);
    m_progress->setAccessibleName(tr("Loading"));
    m_progress->setMaximumWidth(160);
    m_cancel = new QPushButton(tr("Cancel"), bar);
    m_cancel->setObjectName(u"cancelLoadingButton"_s);
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setToolTip(tr("Stop opening the file (Esc)"));
    connect(m_cancel, &QPushButton::clicked, this, &DocumentStatus::cancelRequested);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();
    m_encoding = addLabel(u"encodingLabel"_s, tr("Encoding"));
    m_delimiter = addLabel(u"delimiterLabel"_s, tr("Delimiter"));
    m_lineEnd = addLabel(u"lineEndLabel"_s, tr("Line ends"));
    m_counts = addLabel(u"countsLabel"_s, tr("Problem counts"));
    setDocument(nullptr);
}

void DocumentStatus::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &Document::sourceChanged, this, &DocumentStatus::updateSource);
        for (auto signal : {&Document::rowsInserted, &Document::rowsRemoved})
            connect(document, signal, this, &DocumentStatus::updateCounts);
        connect(document, &Document::problemsChanged, this, &DocumentStatus::updateCounts);
        connect(document, &Document::documentProblemsChanged, this, &DocumentStatus::updateCounts);
    }
    updateSource();
    updateCounts();
}

void DocumentStatus::setLoading(bool loading, const QString &path)
{
    m_progress->setVisible(loading);
    m_cancel->setVisible(loading);
    m_loadingName = QFileInfo(path).fileName();
    if (loading) {
        m_progress->setRange(0, 0); // busy until the reader reports how far it got
        m_bar->showMessage(tr("Opening %1…").arg(m_loadingName));
    } else {
        m_bar->clearMessage();
    }
}

void DocumentStatus::setLoadingProgress(int percent)
{
    if (percent < 0) {
        m_progress->setRange(0, 0);
        m_bar->showMessage(tr("Checking %1…").arg(m_loadingName));
        return;
    }
    m_progress->setRange(0, 100);
    m_progress->setValue(percent);
}

void DocumentStatus::updateSource()
{
    const bool csv = m_document && m_document->source().kind == SourceKind::Csv;
    m_encoding->setVisible(m_document != nullptr);
    m_delimiter->setVisible(csv);
    m_lineEnd->setVisible(m_document != nullptr);
    if (!m_document)
        return;
    const SourceInfo &source = m_document->source();
    m_encoding->setText(source.kind == SourceKind::Export ? tr("Export") : source.encoding);
    m_encoding->setToolTip(tr("Read as %1. File ▸ Reopen with Encoding reads it another way.").arg(source.encoding));
    switch (source.delimiter) {
    case ';':
        m_delimiter->setText(tr("Semicolons"));
        break;
    case '\t':
        m_delimiter->setText(tr("Tabs"));
        break;
    default:
        m_delimiter->setText(tr("Commas"));
        break;
    }
    switch (source.lineEnding) {
    case LineEnding::CRLF:
        m_lineEnd->setText(tr("CRLF", "Windows line ends"));
        break;
    case LineEnding::CR:
        m_lineEnd->setText(tr("CR", "classic Mac line ends"));
        break;
    case LineEnding::LF:
        m_lineEnd->setText(tr("LF", "Unix line ends"));
        break;
    }
}

void DocumentStatus::updateCounts()
{
    m_counts->setVisible(m_document != nullptr);
    if (!m_document)
        return;
    m_counts->setText(tr("%n error(s)", nullptr, m_document->errorCount()) + u", "_s
                      + tr("%n warning(s)", nullptr, m_document->warningCount()) + u", "_s
                      + tr("%n row(s)", nullptr, m_document->rowCount()));
}

} // namespace ccedit
