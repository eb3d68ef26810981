package vn.chiso.index;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    List<Indicator> findByIndexId(Long indexId);

    @Query("select i from Indicator i where i.parentId is null")
    List<Indicator> findAggregates();

    Optional<Indicator> findByCode(String code);

    boolean existsByCode(String code);

    boolean existsByParentId(Long parentId);

    @Query(value = "select exists (select 1 from indicator_result where indicator_id = :id)", nativeQuery = true)
    boolean hasResults(Long id);

    /** The lowest and highest stored score of an indicator, or nulls when it has none. */
    @Query(value = "select min(score) as low, max(score) as high from indicator_result where indicator_id = :id",
            nativeQuery = true)
    ScoreRange scoreRange(Long id);

    @Query(value = "select max(group_position) from indicator_result r join indicator i on i.id = r.indicator_id"
            + " where i.index_id = :indexId", nativeQuery = true)
    Integer highestGroupUsed(Long indexId);

    interface ScoreRange {
        BigDecimal getLow();

        BigDecimal getHigh();
    }
}
