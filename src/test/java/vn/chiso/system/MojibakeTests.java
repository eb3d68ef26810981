package vn.chiso.system;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.chiso.ChisoTest;
import vn.chiso.user.UserRow;
import vn.chiso.user.UserSearch;
import vn.chiso.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chiso.TestData.as;

/**
 * Every page each demo account reaches by following links reads as Vietnamese, not as UTF-8 taken for Latin-1:
 * "Sở Nội vụ" stored as "Sá»Ÿ Ná»™i vá»¥" is found on whichever page shows it, texts and attributes alike.
 */
@ChisoTest
class MojibakeTests {

    /**
     * A Vietnamese letter's UTF-8 bytes read one by one: á followed by º or » (ạ … ỹ), or Ã, Ä, Æ followed by a
     * character that can only be the second byte of a sequence (à, đ, ơ, ư …).
     */
    static final Pattern MOJIBAKE = Pattern.compile(
            "á[º»]|[ÃÄÆÅ][\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC"
                    + "\\u2013-\\u203A\\u20AC\\u2122]");
    /** Links that download files or only change the language: not pages to read. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "\\.(xlsx|docx|csv|pdf)(\\?.*)?$|/evidence/|/template|[?&]lang=|^/logout");
    private static final int PAGES_PER_ACCOUNT = 400;
    private static final int PAGES_PER_SHAPE = 3;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserService users;

    @Test
    void theRecognisedPatternIsTheGarbledTextAndNotVietnamese() {
        assertThat(MOJIBAKE.matcher("Sá»Ÿ Ná»™i vá»¥").find()).isTrue();
        assertThat(MOJIBAKE.matcher("Ä\u0091á»\u0093ng").find()).isTrue();
        assertThat(MOJIBAKE.matcher("Sở Nội vụ · Ủy ban nhân dân tỉnh Khánh Hòa · NGÃ BA · Đánh giá CCHC").find())
                .isFalse();
    }

    @Test
    void noPageAnyDemoAccountOpensShowsGarbledVietnamese() {
        List<String> garbled = new ArrayList<>();
        Map<String, Integer> visited = new HashMap<>();
        for (String username : List.of("noivu", "taichinh", "tuphap", "lanhdao", "admin")) {
            visited.put(username, crawl(demo(username), garbled));
        }
        assertThat(garbled).isEmpty();
        assertThat(visited.get("noivu")).isGreaterThan(60);
        assertThat(visited.get("tuphap")).isGreaterThan(10);
    }

    /** Opens every page reachable from the home page (a few of each shape of address), and returns how many. */
    private int crawl(UserRow account, List<String> garbled) {
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new HashSet<>(queue);
        Map<String, Integer> shapes = new HashMap<>();
        int opened = 0;
        while (!queue.isEmpty() && opened < PAGES_PER_ACCOUNT) {
            String url = queue.poll();
            MockHttpServletResponse response = mvc.get().uri(url).with(as(account)).exchange().getResponse();
            String next = response.getForwardedUrl() != null ? response.getForwardedUrl()
                    : response.getStatus() == 302 ? response.getRedirectedUrl() : null;
            if (next != null && next.startsWith("/") && seen.add(next)) {
                queue.addFirst(next);
                continue;
            }
            String type = response.getContentType();
            if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
                continue;
            }
            opened++;
            String html = contentOf(response);
            Matcher found = MOJIBAKE.matcher(html);
            if (found.find()) {
                garbled.add(account.username() + " " + url + ": …"
                        + html.substring(Math.max(0, found.start() - 40), Math.min(html.length(), found.end() + 40))
                        + "…");
            }
            Document page = Jsoup.parse(html);
            for (String link : page.select("a[href]").eachAttr("href")) {
                String local = link.replace("&amp;", "&");
                if (!local.startsWith("/") || local.startsWith("//") || NOT_A_PAGE.matcher(local).find()
                        || !seen.add(local)) {
                    continue;
                }
                String shape = local.replaceAll("\\d+", "N").replaceAll("\\?.*", "?");
                if (shapes.merge(shape, 1, Integer::sum) <= PAGES_PER_SHAPE) {
                    queue.add(local);
                }
            }
        }
        return opened;
    }

    private static String contentOf(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private UserRow demo(String username) {
        return users.search(new UserSearch(username, null, null, false), Pageable.unpaged()).stream()
                .filter(row -> row.username().equals(username)).findFirst().orElseThrow();
    }
}
