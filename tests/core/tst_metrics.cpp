#include <QTest>

class TestMetrics : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
