package vn.chiso.browser;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page each demo account reaches from its menu fits a 375 px phone: nothing scrolls sideways (a wide table
 * scrolls inside its own box), and the desktop menu stays on one line at 1366 px. Screenshots of the home pages at
 * both widths go to target/screenshots.
 */
class ScreenFitBrowserTests extends BrowserTestSupport {

    private static final List<String> ACCOUNTS = List.of("noivu", "lanhdao", "taichinh", "tuphap", "admin");
    /** Downloads, the language switch and signing out are not pages to look at. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "\\.(xlsx|docx|csv|pdf)(\\?.*)?$|/evidence/|/template|[?&]lang=|^/logout|^#");
    private static final int PAGES_PER_ACCOUNT = 120;
    /** The menu's pages are the first level; the pages they link to the second, and so on. */
    private static final int DEPTH = 3;
    private static final int PAGES_PER_SHAPE = 2;
    /** The elements that stick out of the window, outside any box that scrolls by itself. */
    private static final String STICKING_OUT = """
            () => {
              const width = document.documentElement.clientWidth;
              const scrolls = el => { const start = getComputedStyle(el).position === 'absolute' ? el.offsetParent : el.parentElement;
                for (let e = start; e; e = e.parentElement) {
                const x = getComputedStyle(e).overflowX; if (x === 'auto' || x === 'scroll') return true; }
                return false; };
              return Array.from(document.querySelectorAll('body *'))
                .filter(el => el.getBoundingClientRect().right > width + 1 && !scrolls(el)
                  && el.parentElement.getBoundingClientRect().right <= width + 1)
                .slice(0, 3)
                .map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                  + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                  + ' ' + Math.round(el.getBoundingClientRect().right) + 'px');
            }""";

    @Test
    void noPageReachedFromAnyRolesMenuScrollsSidewaysOnAPhone() {
        List<String> overflowing = new ArrayList<>();
        for (String account : ACCOUNTS) {
            openAs(account, 375, 812);
            for (String path : pagesFromTheMenu()) {
                page.navigate(url(path));
                int overflow = ((Number) page.evaluate(
                        "document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue();
                if (overflow > 0) {
                    overflowing.add(account + " " + path + " +" + overflow + "px " + page.evaluate(STICKING_OUT));
                }
            }
        }
        assertThat(overflowing).isEmpty();
    }

    @Test
    void theDesktopMenuStaysOnOneLineAt1366Pixels() {
        for (String account : ACCOUNTS) {
            openAs(account, 1366, 768);
            page.navigate(url("/"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/home-" + account
                    + "-1366.png")));
            List<?> lines = (List<?>) page.evaluate("""
                    () => Array.from(document.querySelectorAll('header .navbar-nav > li, header form[role=search], header .navbar-brand'))
                      .filter(el => el.offsetParent !== null).map(el => {
                        const r = el.getBoundingClientRect(); return [el.textContent.trim(), Math.round(r.top), Math.round(r.height)]; })""");
            int top = ((Number) ((List<?>) lines.get(0)).get(1)).intValue();
            assertThat(lines).as(account + ": every menu item on the first line, its text on one line")
                    .allSatisfy(item -> {
                        List<?> cells = (List<?>) item;
                        assertThat(Math.abs(((Number) cells.get(1)).intValue() - top)).as("%s", cells.get(0))
                                .isLessThanOrEqualTo(12);
                        assertThat(((Number) cells.get(2)).intValue()).as("%s", cells.get(0)).isLessThanOrEqualTo(44);
                    });
            openAs(account, 375, 812);
            page.navigate(url("/"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/home-" + account
                    + "-375.png")).setFullPage(true));
        }
    }

    private void openAs(String account, int width, int height) {
        context.close();
        context = page.context().browser().newContext(new Browser.NewContextOptions().setLocale("vi-VN")
                .setViewportSize(width, height).setIsMobile(width < 800).setHasTouch(width < 800));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });
        signIn(account, "chiso-demo");
    }

    /** The menu's pages and the pages they lead to, two levels down, a few of each shape of address. */
    private Set<String> pagesFromTheMenu() {
        page.navigate(url("/"));
        Set<String> pages = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        Map<String, Integer> shapes = new HashMap<>();
        for (Object href : (List<?>) page.evaluate(
                "Array.from(document.querySelectorAll('header a[href]')).map(a => a.getAttribute('href'))")) {
            if (local(href.toString()) && seen.add(href.toString())) {
                queue.add(href.toString());
            }
        }
        Map<String, Integer> depth = new HashMap<>();
        queue.forEach(path -> depth.put(path, 1));
        while (!queue.isEmpty() && pages.size() < PAGES_PER_ACCOUNT) {
            String path = queue.poll();
            pages.add(path);
            if (depth.get(path) >= DEPTH) {
                continue;
            }
            page.navigate(url(path));
            for (Object href : (List<?>) page.evaluate(
                    "Array.from(document.querySelectorAll('main a[href]')).map(a => a.getAttribute('href'))")) {
                String link = href.toString();
                String shape = link.replaceAll("\\d+", "N").replaceAll("\\?.*", "?");
                if (local(link) && seen.add(link) && shapes.merge(shape, 1, Integer::sum) <= PAGES_PER_SHAPE) {
                    queue.add(link);
                    depth.put(link, depth.get(path) + 1);
                }
            }
        }
        return pages;
    }

    private static boolean local(String href) {
        return href.startsWith("/") && !href.startsWith("//") && !NOT_A_PAGE.matcher(href).find();
    }
}
