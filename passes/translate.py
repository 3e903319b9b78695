"""Runtime sequence (npu.* ops) -> TXN records (aie-translate --aie-npu-to-binary).

Only the npu.* instruction ops translate. `arith.constant` and `memref.get_global` are
skipped (their values were folded into the ops); any other op is an error, because
mlir-aie would silently drop it and the stream would be wrong (spec §6, PD).
`aiex.npu.writebd` is encoded as its 8-word blockwrite at the BD base (spec §4.5).
"""

from __future__ import annotations

from xdsl.dialects.arith import ConstantOp
from xdsl.dialects.builtin import ModuleOp
from xdsl.dialects.memref import GetGlobalOp
from xdsl.ir import Operation

from passes import npu_binary as nb
from passes.diagnostics import UserError
from passes import target_model as tm
from passes.dialects import aie, aiex
from passes.dialects.memref_ext import GlobalOp


class TranslateError(UserError):
    """One-line user error from translation."""


def _global_words(symbols: dict, op: aiex.NpuBlockWriteOp) -> tuple[int, ...]:
    src = op.data.owner
    if not isinstance(src, GetGlobalOp):
        raise TranslateError("aiex.npu.blockwrite data must come from memref.get_global")
    sym = src.name_.string_value()
    glob = symbols.get(sym)
    if not isinstance(glob, GlobalOp):
        raise TranslateError(f"aiex.npu.blockwrite: global @{sym} not found in the device")
    try:
        return tuple(glob.word_values())
    except ValueError as e:
        raise TranslateError(str(e)) from None


def _address(op) -> int:
    addr = op.absolute_address
    if addr is None:
        raise TranslateError(f"{op.name}: symbolic address (buffer = @...) cannot be translated; lower it first")
    return addr


def op_to_record(device: aie.DeviceOp, op: Operation, symbols: dict | None = None) -> nb.TxnOp | None:
    """One npu op -> one TXN record (None for ops that emit nothing)."""
    if isinstance(op, (ConstantOp, GetGlobalOp)):
        return None
    if isinstance(op, aiex.NpuWrite32Op):
        return nb.Write32(_address(op), op.get_int("value"))
    if isinstance(op, aiex.NpuMaskWrite32Op):
        return nb.MaskWrite32(_address(op), op.get_int("value"), op.get_int("mask"))
    if isinstance(op, aiex.NpuMaskPollOp):
        return nb.MaskPoll32(_address(op), op.get_int("value"), op.get_int("mask"))
    if isinstance(op, aiex.NpuBlockWriteOp):
        words = _global_words(symbols if symbols is not None else device.symbol_map(), op)
        if op.has("column"):
            return nb.BlockWrite(_address(op), words, op.get_int("column"), op.get_int("row"))
        return nb.BlockWrite(_address(op), words)
    if isinstance(op, aiex.NpuWriteBdOp):
        col, row = op.get_int("column"), op.get_int("row")
        if row != 0:
            raise TranslateError(f"aiex.npu.writebd on tile ({col}, {row}): only shim BDs are supported")
        words = op.shim_bd(device.device).pack()
        return nb.BlockWrite(tm.shim_bd_address(col, op.get_int("bd_id")), tuple(words))
    if isinstance(op, aiex.NpuSyncOp):
        g = op.get_int
        return nb.Sync(g("column"), g("row"), g("direction"), g("channel"), g("column_num"), g("row_num"))
    if isinstance(op, aiex.NpuAddressPatchOp):
        return nb.DdrPatch(op.get_int("addr"), op.get_int("arg_idx"), op.arg_plus)
    if isinstance(op, aiex.NpuLoadPdiOp):
        # i32 attributes print signed; the TXN fields are raw 32-bit words.
        return nb.LoadPdi(op.get_int("id", 0) & 0xFFFF, op.get_int("size", 0) & 0xFFFFFFFF, op.get_int("address", 0))
    if isinstance(op, aiex.NpuPreemptOp):
        return nb.Preempt(op.get_int("level"))
    if isinstance(op, aiex.NpuCreateScratchpadOp):
        return nb.CreateScratchpad(op.get_int("size"), op.get_int("usage_type", 0))
    if isinstance(op, aiex.NpuUpdateFromScratchpadOp):
        return nb.UpdateFromScratchpad(
            op.get_int("state_table_idx"),
            aiex.STATE_TABLE_FUNCS.index(op.func),
            op.get_int("func_arg", 0),
            _address(op),
        )
    raise TranslateError(
        f"'{op.name}' cannot be translated to TXN; lower it first "
        "(gemm-opt -p aie-dma-to-npu) or remove it"
    )


def translate_sequence(module: ModuleOp, sequence_name: str | None = None) -> nb.Txn:
    device, seq = aie.select_sequence(module, sequence_name)
    records: list[nb.TxnOp] = []
    symbols = device.symbol_map()
    for op in seq.body.block.ops:
        if op.regions:
            raise TranslateError(f"'{op.name}' with a region in a runtime sequence: runtime control flow cannot be encoded")
        rec = op_to_record(device, op, symbols)
        if rec is not None:
            records.append(rec)
    return nb.Txn(nb.TxnHeader.for_device(device.device_name), tuple(records))
