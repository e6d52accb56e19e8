#include "siteprofiledialog.h"

#include "siteprofile.h"

#include "ui_siteprofiledialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ccedit {
namespace {

// The non-blank lines of a list typed or pasted, each without surrounding spaces.
QStringList linesOf(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        if (const QString name = line.trimmed(); !name.isEmpty())
            lines.append(name);
    }
    return lines;
}

} // namespace

SiteProfileDialog::SiteProfileDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SiteProfileDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SiteProfileDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SiteProfileDialog::reject);
    connect(m_ui->pathEdit, &QLineEdit::editingFinished, this, &SiteProfileDialog::showProfile);
    connect(m_ui->clearButton, &QPushButton::clicked, this, [this] { setPath({}); });
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(this, tr("Choose Site Profile"), m_ui->pathEdit->text(),
                                                            tr("Site profiles (*.json);;All files (*)"));
        if (!chosen.isEmpty())
            setPath(chosen);
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] {
        const QString current = m_ui->pathEdit->text();
        const QString suggested = current.isEmpty() ? QDir::home().filePath(SiteProfile::BesideFileName) : current;
        const QString chosen = QFileDialog::getSaveFileName(this, tr("Save Site Profile"), suggested,
                                                            tr("Site profiles (*.json);;All files (*)"));
        if (!chosen.isEmpty())
            saveAs(chosen);
    });
    setPath(path);
}

SiteProfileDialog::~SiteProfileDialog() = default;

QString SiteProfileDialog::path() const
{
    return m_ui->pathEdit->text().trimmed();
}

void SiteProfileDialog::setPath(const QString &path)
{
    m_ui->pathEdit->setText(path);
    showProfile();
}

bool SiteProfileDialog::showProfile()
{
    if (path().isEmpty()) {
        m_ui->fileMessage->setText(tr("No profile is chosen here."));
        return true;
    }
    const auto profile = SiteProfile::read(path());
    if (!profile) {
        m_ui->fileMessage->setText(tr("This file cannot be used: %1").arg(profile.error().toString()));
        return false;
    }
    m_ui->ratePlansEdit->setPlainText(profile->ratePlans().join(u'\n'));
    m_ui->levelsEdit->setPlainText(profile->accountStructure().join(u'\n'));
    m_ui->fileMessage->setText(tr("%n rate plan(s)", nullptr, static_cast<int>(profile->ratePlans().size())) + u", "_s
                               + tr("%n account structure level(s)", nullptr,
                                    static_cast<int>(profile->accountStructure().size())));
    return true;
}

bool SiteProfileDialog::saveAs(const QString &path)
{
    const SiteProfile made(linesOf(m_ui->ratePlansEdit->toPlainText()), linesOf(m_ui->levelsEdit->toPlainText()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(made.toJson()) < 0 || !file.commit()) {
        m_ui->fileMessage->setText(
            tr("The profile cannot be saved as %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    setPath(path);
    return true;
}

void SiteProfileDialog::accept()
{
    if (showProfile())
        QDialog::accept();
}

} // namespace ccedit
