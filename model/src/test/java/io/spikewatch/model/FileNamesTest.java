package io.spikewatch.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileNamesTest {

    /** How LockBit, BlackByte, Royal and their kind name what they encrypt. */
    @ParameterizedTest
    @ValueSource(strings = {"IMG_4752.jpg.3ldyw", "Budget 2025.xlsx.lockbit", "Contract.docx.BlackByte",
        "Q3.PDF.royal_w", "v1.2 plan.pptx.akira", "PKG_210_0160_fx_v028.nk.basta", "patients.accdb.JlpuDWnna", "scan.tif.RYK"})
    void aDocumentWithAnExtensionAppendedLooksEncrypted(String name) {
        assertThat(FileNames.looksEncrypted(name)).isTrue();
    }

    /** Compression, backups, downloads, shortcuts, signatures, versions and plain names are not. */
    @ParameterizedTest
    @ValueSource(strings = {"report.pdf", "archive.tar.gz", "data.csv.gz", "Budget.xlsx.bak", "notes.txt.old",
        "invoice.pdf.lnk", "setup.msi.crdownload", "release.zip.sha256", "app.log.20260115", "ledger.xlsx.17", "comp_v012.nk.autosave", "repodata-primary.xml.zck", "settings.ini.x", "libssl.so.3", "v1.2.3.exe", ".bashrc", "base.html.twig", "config.xml.dist", "settings.json.j2", "index.html.erb",
        ".docx.lockbit", "trailing.", "README", "RESTORE-FILES-3LDYW.txt", "x.docx.", "ledger.xlsx.2"})
    void otherNamesDoNot(String name) {
        assertThat(FileNames.looksEncrypted(name)).isFalse();
    }

    @ParameterizedTest
    @NullSource
    void noNameIsNotEncrypted(String name) {
        assertThat(FileNames.looksEncrypted(name)).isFalse();
    }

    /** Tools incident reports name again and again, whatever their case, and on their way in ({@code .new}, {@code .part}). */
    @ParameterizedTest
    @ValueSource(strings = {"AdFind.exe", "aswArPot.sys", "LaZagne.exe", "rclone.conf", "SHARPHOUND.EXE", "nc64.exe",
        "Invoke-ShareFinder.ps1", "mimidrv.sys", "linpeas.sh", "pspy64", "xmrig", "kdevtmpfsi", "libprocesshider.so", "gs-netcat",
        "ld.so.preload", "ligolo-agent", "kworker", "kswapd0", "ld.so.preload.new", "xmrig.part", "AdFind.exe.tmp"})
    void attackToolsAreNamedAsSuch(String name) {
        assertThat(FileNames.isAttackTool(name)).isTrue();
    }

    /** Administration tools helpdesks copy too, renamed tools, near misses and no name are not. */
    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"PsExec64.exe", "PSEXESVC.exe", "procdump64.exe", "7za.exe", "plink.exe", "AnyDesk.exe",
        "TeamViewerQS.exe", "m64.exe", "AdFind.exe.txt", "adfind", "my_rclone.exe", "nc64.exe ", "", "socat", "nc",
        "ld.so.conf", "xmrig.log", "libprocesshider.c", "kworker.c", "report.docx.new", ".new", "kworker-monitor.sh"})
    void adminToolsAndOtherNamesAreNot(String name) {
        assertThat(FileNames.isAttackTool(name)).isFalse();
    }

    /** Windows' own processes, whatever their case; other executables and near misses are not. */
    @Test
    void systemProcessNames() {
        assertThat(List.of("svchost.exe", "RuntimeBroker.exe", "LSASS.EXE", "conhost.exe")).allMatch(FileNames::isMasquerade);
        assertThat(Arrays.asList("svchost.exe.mui", "svchost32.exe", "setup.exe", "svchost", null))
                .noneMatch(FileNames::isMasquerade);
    }

    /** Scripts a web server runs, whatever their case; pages, templates and near misses are not. */
    @Test
    void serverScripts() {
        assertThat(List.of("x.php", "INDEX.PHP", "a.phtml", "shell.jsp", "cmd.aspx", "h.ashx", "x.php7"))
                .allMatch(FileNames::isServerScript);
        assertThat(Arrays.asList("x.html", "x.php.txt", "php", ".php", "base.html.twig", "x.js", null))
                .noneMatch(FileNames::isServerScript);
    }

    /** A script in an upload folder is a web shell; the guard index.php applications ship there and scripts elsewhere are not. */
    @Test
    void webShells() {
        assertThat(FileNames.isWebShell("56a6e6.php", "/var/www/site/shared/public/uploads/2026/09")).isTrue();
        assertThat(FileNames.isWebShell("cmd.aspx", "C:\\inetpub\\wwwroot\\App\\Uploads")).isTrue();
        assertThat(FileNames.isWebShell("index.php", "/var/www/site/wp-content/uploads")).isFalse();
        assertThat(FileNames.isWebShell("56a6e6.php", "/var/www/site/releases/7/public")).isFalse();
        assertThat(FileNames.isWebShell("logo.png", "/var/www/site/wp-content/uploads")).isFalse();
    }
}
