#include "LineageDialog.h"

#include "LineageModel.h"
#include "ScorecardText.h"
#include "common/TableColumns.h"
#include "dictionary/DefinitionChanges.h"
#include "domain/MetricValue.h"
#include "domain/Period.h"
#include "formula/FormulaParser.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTextStream>
#include <QVBoxLayout>

namespace accord {
namespace {

QString dimensionName(MetricEvaluator::Dimension dimension)
{
    switch (dimension) {
    case MetricEvaluator::Dimension::Source:
        return LineageDialog::tr("Source");
    case MetricEvaluator::Dimension::Segment:
        return LineageDialog::tr("Segment");
    case MetricEvaluator::Dimension::Owner:
        return LineageDialog::tr("Owner");
    case MetricEvaluator::Dimension::Team:
        return LineageDialog::tr("Team");
    case MetricEvaluator::Dimension::None:
        break;
    }
    return {};
}

void collectRecordSets(const FormulaExpression& node, QStringList* sets, QList<CrmRecordKind>* kinds)
{
    for (const FormulaExpression& operand : node.operands)
        collectRecordSets(operand, sets, kinds);
    if (!node.isAggregate())
        return;
    const QString set = node.records.toString();
    if (!sets->contains(set))
        sets->append(set);
    const RecordKind kind = node.records.kind;
    if (kind != RecordKind::Opportunities && !kinds->contains(CrmRecordKind::Lead))
        kinds->prepend(CrmRecordKind::Lead);
    if (kind != RecordKind::Leads && !kinds->contains(CrmRecordKind::Opportunity))
        kinds->append(CrmRecordKind::Opportunity);
}

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

LineageDialog::LineageDialog(Workspace& workspace, const LineageRequest& request, QWidget* parent)
    : QDialog(parent), m_request(request)
{
    setObjectName(QStringLiteral("lineageDialog"));
    const Metric& metric = request.metric;
    const QString period = ScorecardText::periodName(request.cell.period);
    const QString where = request.group.isEmpty() ? period : tr("%1, %2").arg(period, request.group);
    setWindowTitle(tr("How “%1” was made — %2").arg(metric.name, where));

    QString error;
    std::optional<Formula> formula;
    QStringList ids;
    QList<CrmRecordKind> kinds;
    const bool computed = metric.source == MetricSource::Computed && !metric.formula.trimmed().isEmpty();
    if (computed) {
        if (const auto vocabulary = FormulaVocabulary::load(workspace.database(), &error)) {
            FormulaError formulaError;
            formula = FormulaParser::parse(metric.formula, *vocabulary, &formulaError);
            if (!formula)
                error = formulaError.message;
        }
    }
    QStringList sets;
    if (formula) {
        collectRecordSets(formula->root, &sets, &kinds);
        const MetricEvaluator::Point point{request.cell.period, request.group, request.cell.value,
                                           request.cell.records};
        ids = MetricEvaluator::records(workspace.database(), *formula, request.grouping, point, request.from,
                                       request.to, &error);
    }
    m_model = new LineageModel(&workspace, kinds, ids, this);

    auto* heading = new QLabel(tr("%1 — %2").arg(metric.name, where), this);
    heading->setObjectName(QStringLiteral("lineageHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    const Rag rag = Scorecard::rag(metric, request.cell.value);
    auto* value = new QLabel(tr("%1 · %2 · target %3")
                                 .arg(ScorecardText::value(metric, request.cell.value), ScorecardText::ragName(rag),
                                      ScorecardText::value(metric, metric.target)),
                             this);
    value->setTextFormat(Qt::PlainText);
    QFont valueFont = value->font();
    valueFont.setBold(true);
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.2);
    value->setFont(valueFont);
    value->setObjectName(QStringLiteral("lineageValue"));
    value->setStyleSheet(QStringLiteral("color: %1").arg(ScorecardText::ragColor(rag).name()));

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->addRow(tr("Definition"), wrappedLabel(definitionText(workspace), this));
    auto* formulaLabel = wrappedLabel(computed ? metric.formula : tr("Entered by hand for each period"), this);
    formulaLabel->setObjectName(QStringLiteral("lineageFormula"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(formulaLabel->font().pointSizeF());
    if (computed)
        formulaLabel->setFont(mono);
    form->addRow(tr("Formula"), formulaLabel);
    auto* filters = wrappedLabel(filterText(formula), this);
    filters->setObjectName(QStringLiteral("lineageFilters"));
    filters->setTextFormat(Qt::RichText);
    form->addRow(tr("Filters applied"), filters);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("lineageRecords"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    // Wide enough for a time with its minutes ("28 Apr 2026 15:42").
    constexpr int TimeEms = 15;
    TableColumns::setWidths(m_table, {{LineageModel::Kind, 7},
                                      {LineageModel::RecordId, 8},
                                      {LineageModel::Created, TimeEms},
                                      {LineageModel::Source, 8},
                                      {LineageModel::Segment, 8},
                                      {LineageModel::Owner, 9},
                                      {LineageModel::Team, 7},
                                      {LineageModel::StageReached, 7},
                                      {LineageModel::MqlAt, TimeEms},
                                      {LineageModel::SalAt, TimeEms},
                                      {LineageModel::SqlAt, TimeEms},
                                      {LineageModel::OpportunityAt, TimeEms},
                                      {LineageModel::FirstTouchAt, TimeEms},
                                      {LineageModel::RejectReason, 8},
                                      {LineageModel::WonAt, TimeEms},
                                      {LineageModel::LostAt, TimeEms},
                                      {LineageModel::Amount, 7}});

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("lineageStatus"));
    m_status->setWordWrap(true);
    if (!error.isEmpty())
        m_status->setText(tr("The records could not be listed: %1").arg(error));
    else if (computed)
        m_status->setText(tr("%n record(s) counted.", nullptr, m_model->totalCount()));
    else
        m_status->setText(enteredByHand(workspace));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportLineage"));
    m_export->setEnabled(m_model->totalCount() > 0);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &LineageDialog::chooseExportFile);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(value);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1280, 760);
}

QString LineageDialog::definitionText(Workspace& workspace) const
{
    const Metric& metric = m_request.metric;
    const QLocale locale;
    QString text = metric.definition;
    const QList<MetricVersion> history = DefinitionChanges::history(workspace, metric.id);
    text += QLatin1String("\n\n") + tr("Version %1 (%2)")
                                        .arg(metric.version)
                                        .arg(metric.status == MetricStatus::Frozen ? tr("frozen") : tr("draft"));
    if (!history.isEmpty() && history.constLast().changedAt.isValid())
        text +=
            tr(", in force since %1").arg(locale.toString(history.constLast().changedAt.date(), QLocale::LongFormat));
    text += tr(", used for every period shown.");
    if (const auto period = Period::parse(m_request.cell.period)) {
        for (const MetricVersion& changed : DefinitionChanges::within(history, *period))
            text += QLatin1Char('\n') +
                    tr("Δ The definition changed in this period: version %1 on %2 (%3).")
                        .arg(changed.version)
                        .arg(locale.toString(changed.changedAt.date(), QLocale::LongFormat), changed.reason);
    }
    return text;
}

// Values entered by hand are kept per month, so a quarter names each month's entry.
QString LineageDialog::enteredByHand(Workspace& workspace) const
{
    const auto period = Period::parse(m_request.cell.period);
    Filter filter;
    filter.where("metric_id", m_request.metric.id);
    QStringList entries;
    const QLocale locale;
    for (const MetricValue& value : workspace.repository<MetricValue>().list(filter)) {
        const auto month = Period::parse(value.period);
        if (!period || !month || !period->contains(month->first))
            continue;
        entries << tr("%1: %2, entered by %3 on %4")
                       .arg(value.period, ScorecardText::value(m_request.metric, value.value),
                            value.enteredBy.isEmpty() ? tr("someone unnamed") : value.enteredBy,
                            locale.toString(value.enteredAt.date(), QLocale::LongFormat));
    }
    if (entries.isEmpty())
        return tr("No CRM record: this metric is entered by hand, and nothing was entered for this period.");
    return tr("No CRM record: this value was entered by hand.") + QLatin1Char('\n') + entries.join(QLatin1Char('\n'));
}

QString LineageDialog::filterText(const std::optional<Formula>& formula) const
{
    const QLocale locale;
    QStringList lines;
    if (const auto period = Period::parse(m_request.cell.period))
        lines << tr("Period %1: %2 to %3 (UTC)")
                     .arg(ScorecardText::periodName(period->key), locale.toString(period->first, QLocale::LongFormat),
                          locale.toString(period->last, QLocale::LongFormat));
    if (m_request.grouping.dimension != MetricEvaluator::Dimension::None)
        lines << tr("%1 is “%2”").arg(dimensionName(m_request.grouping.dimension), m_request.group);
    if (formula) {
        QStringList sets;
        QList<CrmRecordKind> kinds;
        collectRecordSets(formula->root, &sets, &kinds);
        for (const QString& set : std::as_const(sets))
            lines << tr("Records: %1").arg(set);
    }
    QStringList escaped;
    for (const QString& line : std::as_const(lines))
        escaped << QStringLiteral("• ") + line.toHtmlEscaped();
    return escaped.join(QStringLiteral("<br>"));
}

void LineageDialog::chooseExportFile()
{
    auto* dialog = new QFileDialog(this, tr("Export the records as CSV"));
    dialog->setObjectName(QStringLiteral("lineageExportFile"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(tr("%1 %2.csv").arg(m_request.metric.name, m_request.cell.period));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &LineageDialog::exportTo);
    dialog->open();
}

bool LineageDialog::exportTo(const QString& path)
{
    QString error;
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        QTextStream out(&file);
        out.setEncoding(QStringConverter::Utf8);
        if (m_model->writeCsv(out, &error)) {
            out.flush();
            if (file.commit()) {
                m_status->setText(tr("%n record(s) exported to %1.", nullptr, m_model->totalCount())
                                      .arg(QDir::toNativeSeparators(path)));
                return true;
            }
        }
    }
    if (error.isEmpty())
        error = file.errorString();
    m_status->setText(tr("The records could not be exported to %1: %2").arg(QDir::toNativeSeparators(path), error));
    return false;
}

} // namespace accord
